import "server-only";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise } from "@/lib/authz/guard";
import type { Role } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Designation } from "@/lib/domain/members";

export type MemberRow = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  designations: Designation[];
  deactivatedAt: Date | null;
  joinedAt: Date;
};

export type OpenInvitation = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  organisationName: string | null;
  expiresAt: Date;
  expired: boolean;
};

const MEMBER = {
  id: true,
  userId: true,
  role: true,
  organisationId: true,
  designations: true,
  deactivatedAt: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
  organisation: { select: { name: true } },
} as const satisfies Prisma.MembershipSelect;

type MemberRecord = Prisma.MembershipGetPayload<{ select: typeof MEMBER }>;

function toRow(record: MemberRecord): MemberRow {
  const { user, organisation, createdAt, ...rest } = record;
  return { ...rest, ...user, organisationName: organisation?.name ?? null, joinedAt: createdAt };
}

// Expired invitations stay listed for a while, so a business manager can see who never replied.
const EXPIRED_SHOWN_DAYS = 30;

/** Members (active first) and unanswered invitations, for a business manager: two queries. */
export async function getMembersPage(partnershipId: string) {
  authorise(await getCurrentUser(), partnershipId, "members.view");
  const now = new Date();
  const shownSince = new Date(now.getTime() - EXPIRED_SHOWN_DAYS * 24 * 60 * 60 * 1000);
  const [members, invitations] = await Promise.all([
    db().membership.findMany({
      where: { partnershipId },
      orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
      select: MEMBER,
    }),
    db().invitation.findMany({
      where: { partnershipId, acceptedAt: null, revokedAt: null, expiresAt: { gt: shownSince } },
      orderBy: [{ expiresAt: "asc" }, { email: "asc" }],
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        expiresAt: true,
        organisation: { select: { name: true } },
      },
    }),
  ]);
  const rows = members.map(toRow);
  return {
    active: rows.filter((member) => !member.deactivatedAt),
    deactivated: rows.filter((member) => member.deactivatedAt),
    invitations: invitations.map(({ organisation, ...invitation }): OpenInvitation => ({
      ...invitation,
      organisationName: organisation?.name ?? null,
      expired: invitation.expiresAt <= now,
    })),
  };
}

/** One member, with whether they are the partnership's last active business manager. */
export async function getMember(partnershipId: string, membershipId: string) {
  const { user } = authorise(await getCurrentUser(), partnershipId, "members.view");
  const [member, activeBusinessManagers] = await Promise.all([
    db().membership.findFirst({ where: { id: membershipId, partnershipId }, select: MEMBER }),
    db().membership.count({
      where: { partnershipId, role: "BUSINESS_MANAGER", deactivatedAt: null },
    }),
  ]);
  if (!member) notFound();
  const row = toRow(member);
  const isLastBusinessManager =
    row.role === "BUSINESS_MANAGER" && !row.deactivatedAt && activeBusinessManagers === 1;
  return { ...row, isYou: row.userId === user.id, isLastBusinessManager };
}

/** The partnership's organisations, for choosing an agency person's organisation. */
export async function getOrganisationChoices(partnershipId: string) {
  authorise(await getCurrentUser(), partnershipId, "members.view");
  return db().organisation.findMany({
    where: { partnershipId },
    orderBy: [{ isStatutoryPartner: "desc" }, { name: "asc" }],
    select: { id: true, name: true, isStatutoryPartner: true },
  });
}
