/**
 * Valid input for the server actions that are not partnership actions (signing in, invitations,
 * password reset, creating a partnership), so fuzzing can start from something that reaches their
 * code. Partnership actions take theirs from the isolation matrix's cases.
 */
import { randomUUID } from "node:crypto";
import { issuePasswordToken } from "@/lib/auth/password-tokens";
import { createTicket } from "@/lib/auth/sign-in-ticket";
import { encryptSecret, hashToken, newToken } from "@/lib/auth/tokens";
import { newTotpSecret } from "@/lib/auth/totp";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createMember } from "../support/factories";
import { TEST_SECRET } from "./support/app";
import type { World } from "./support/world";

const PASSWORD = "a long and unrelated passphrase";

/** A valid input, and for the two-factor steps the sign-in ticket their cookie holds. */
type Seed = (
  world: World,
  prisma: PrismaClient,
) => Promise<{ input: Record<string, unknown>; ticket?: string }>;

/** Someone past the password step: with two-factor set up, or half-way through setting it up. */
async function ticketFor(world: World, prisma: PrismaClient, enabled: boolean): Promise<string> {
  const { user } = await createMember(prisma, world.partnership.id, "VIEWER");
  await prisma.user.update({
    where: { id: user.id },
    data: {
      totpSecret: encryptSecret(newTotpSecret(), TEST_SECRET),
      totpEnabledAt: enabled ? new Date() : null,
    },
  });
  return createTicket(user.id, "PASSWORD_VERIFIED");
}

export const PUBLIC_SEEDS: Record<string, Seed> = {
  "lib/actions/auth/sign-in.ts#signInWithPassword": async (world) => ({
    input: { email: world.members.BUSINESS_MANAGER.email, password: "not this person's password" },
  }),
  "lib/actions/auth/sign-in.ts#verifyTwoFactor": async (world, prisma) => ({
    input: { code: "123456" },
    ticket: await ticketFor(world, prisma, true),
  }),
  "lib/actions/auth/sign-in.ts#confirmTwoFactor": async (world, prisma) => ({
    input: { code: "123456" },
    ticket: await ticketFor(world, prisma, false),
  }),
  "lib/actions/auth/accept-invitation.ts#acceptInvitation": async (world, prisma) => {
    const token = newToken();
    await prisma.invitation.create({
      data: {
        partnershipId: world.partnership.id,
        email: `fuzz-${randomUUID()}@example.org`,
        role: "VIEWER",
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    return { input: { token, name: "Fuzz Person", password: PASSWORD, confirmPassword: PASSWORD } };
  },
  "lib/actions/auth/password-reset.ts#requestPasswordReset": async (world) => ({
    input: { email: world.members.VIEWER.email },
  }),
  "lib/actions/auth/password-reset.ts#resetPassword": async (world, prisma) => {
    const { user } = await createMember(prisma, world.partnership.id, "VIEWER");
    const token = await prisma.$transaction((tx) =>
      issuePasswordToken(tx, user.id, "RESET_PASSWORD"),
    );
    return { input: { token, password: PASSWORD, confirmPassword: PASSWORD } };
  },
  "lib/actions/admin/create-partnership.ts#createPartnership": async () => ({
    input: {
      name: "Fuzzshire Safeguarding Children Partnership",
      localAuthorityAreas: "Fuzzshire",
      "partners.0.name": "Fuzzshire County Council",
      "partners.0.kind": "LOCAL_AUTHORITY",
      "partners.1.name": "Fuzzshire Police",
      "partners.1.kind": "POLICE",
      "partners.2.name": "Fuzzshire Integrated Care Board",
      "partners.2.kind": "HEALTH_ICB",
      managerName: "Fuzz Manager",
      managerEmail: `fuzz-manager-${randomUUID().slice(0, 8)}@example.org`,
    },
  }),
};

/** A site administrator, for the site-administration actions. */
export async function createSiteAdmin(world: World, prisma: PrismaClient): Promise<string> {
  const { user } = await createMember(prisma, world.other.id, "VIEWER");
  await prisma.user.update({ where: { id: user.id }, data: { isSiteAdmin: true } });
  return user.id;
}
