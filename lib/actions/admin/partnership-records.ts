import "server-only";
import { DomainError } from "@/lib/authz/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreatePartnershipInput } from "./partnership-schema";

/**
 * The rows behind a new partnership: the partnership, its statutory safeguarding partners, the
 * first business manager's account (reused when the email already has one) and membership.
 */
export async function createPartnershipRecords(
  tx: Prisma.TransactionClient,
  input: CreatePartnershipInput,
  slug: string,
) {
  const sameName = await tx.partnership.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" } },
    select: { id: true },
  });
  if (sameName) {
    throw new DomainError("There is a problem with what you entered.", {
      name: ["A partnership with this name already exists"],
    });
  }
  const partnership = await tx.partnership.create({
    data: {
      name: input.name,
      slug,
      localAuthorityAreas: input.localAuthorityAreas,
      organisations: {
        create: input.partners.map((p) => ({
          name: p.name,
          kind: p.kind,
          isStatutoryPartner: true,
        })),
      },
    },
    select: { id: true },
  });

  const existing = await tx.user.findUnique({
    where: { email: input.managerEmail },
    select: { id: true, name: true, passwordHash: true, disabledAt: true },
  });
  if (existing?.disabledAt) {
    throw new DomainError("There is a problem with what you entered.", {
      managerEmail: [
        "The account for this email address is disabled. Enter a different email address",
      ],
    });
  }
  const manager =
    existing ??
    (await tx.user.create({
      data: { email: input.managerEmail, name: input.managerName },
      select: { id: true, name: true, passwordHash: true, disabledAt: true },
    }));
  await tx.membership.create({
    data: { userId: manager.id, partnershipId: partnership.id, role: "BUSINESS_MANAGER" },
  });
  return {
    partnershipId: partnership.id,
    managerId: manager.id,
    managerName: manager.name,
    // New accounts, and older ones that never set a password, get a set-password link.
    needsPassword: !manager.passwordHash,
  };
}
