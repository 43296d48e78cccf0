import "server-only";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/audit";
import type { SignInStage } from "@/lib/generated/prisma/enums";
import { hashToken, newToken } from "./tokens";

export const SIGN_IN_TICKET_COOKIE = "sixsteps.sign-in";
export const TICKET_MINUTES = 10;

export async function createTicket(userId: string, stage: SignInStage): Promise<string> {
  const token = newToken();
  await db().signInTicket.create({
    data: {
      userId,
      stage,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + TICKET_MINUTES * 60_000),
    },
  });
  return token;
}

/** The live ticket behind a cookie value, or null if unknown, used or expired. */
export async function findTicket(token: string | undefined) {
  if (!token) return null;
  const ticket = await db().signInTicket.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, stage: true, expiresAt: true, usedAt: true, userId: true },
  });
  if (!ticket || ticket.usedAt || ticket.expiresAt < new Date()) return null;
  return ticket;
}

export async function completeTicket(ticketId: string): Promise<void> {
  await db().signInTicket.update({ where: { id: ticketId }, data: { stage: "COMPLETE" } });
}

/** Single use: exactly one redemption of a COMPLETE ticket succeeds. */
export async function redeemSignInTicket(token: string) {
  const ticket = await findTicket(token);
  if (!ticket || ticket.stage !== "COMPLETE") return null;
  const claimed = await db().signInTicket.updateMany({
    where: { id: ticket.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (claimed.count !== 1) return null;
  const user = await db().user.update({
    where: { id: ticket.userId },
    data: { lastSignInAt: new Date() },
    select: { id: true, email: true, name: true, sessionVersion: true, disabledAt: true },
  });
  if (user.disabledAt) return null;
  await recordSecurityEvent({
    action: "sign-in.succeeded",
    actorUserId: user.id,
    metadata: { method: "password" },
  });
  return user;
}
