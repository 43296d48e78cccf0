import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";
import { appUrl } from "@/lib/mail/send";
import { hashToken, newToken } from "./tokens";

export const RESET_LINK_MS = 60 * 60_000;
export const SET_PASSWORD_LINK_MS = 7 * 24 * 60 * 60_000;

/**
 * A new single-use link for setting or resetting a password; only its hash is stored. Earlier
 * unused links of the same purpose stop working (their expiry is brought forward to now, so the
 * rows still count towards the hourly limit).
 */
export async function issuePasswordToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: AuthTokenPurpose,
): Promise<string> {
  const now = new Date();
  await tx.authToken.updateMany({
    where: { userId, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const token = newToken();
  const lifetime = purpose === "SET_PASSWORD" ? SET_PASSWORD_LINK_MS : RESET_LINK_MS;
  await tx.authToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + lifetime),
    },
  });
  return token;
}

export function passwordLinkUrl(token: string): string {
  return appUrl(`/reset-password/${token}`);
}

export type LivePasswordToken = {
  id: string;
  purpose: AuthTokenPurpose;
  userId: string;
  email: string;
};

/** The link's token if it is known, unused, unexpired and its account is active; otherwise null. */
export async function findLivePasswordToken(token: string): Promise<LivePasswordToken | null> {
  if (!token || token.length > 200) return null;
  const row = await db().authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, disabledAt: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.user.disabledAt) return null;
  return { id: row.id, purpose: row.purpose, userId: row.user.id, email: row.user.email };
}
