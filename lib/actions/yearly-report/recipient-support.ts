import { DomainError } from "@/lib/authz/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLICATION_MESSAGES } from "@/lib/domain/yearly-report-publication-input";

type Tx = Prisma.TransactionClient;

/** Changes to one partnership's recipient list happen one after another (names and positions). */
export async function lockRecipients(tx: Tx, partnershipId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`publication-recipients:${partnershipId}`}))`;
}

export function recipientTaken(name: string): DomainError {
  const message = PUBLICATION_MESSAGES.recipientTaken(name);
  return new DomainError(message, { name: [message] });
}

/** Names are unique per partnership whatever their case ("the Panel" and "The Panel" are one). */
export async function assertRecipientNameFree(
  tx: Tx,
  partnershipId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const clash = await tx.publicationRecipient.findFirst({
    where: {
      partnershipId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { name: true },
  });
  if (clash) throw recipientTaken(clash.name);
}
