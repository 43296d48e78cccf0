import "server-only";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/audit";
import { sendMail } from "@/lib/mail/send";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { findLivePasswordToken, issuePasswordToken, passwordLinkUrl } from "./password-tokens";

export const MAX_RESET_MAILS_PER_HOUR = 3;

/**
 * Mails a reset link when the account exists, is active and has a password; does nothing visible
 * otherwise, so the answer never reveals which email addresses have accounts.
 */
export async function sendPasswordResetLink(email: string, ip: string): Promise<void> {
  const user = await db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  if (!user || user.disabledAt || !user.passwordHash) return;
  const recent = await db().authToken.count({
    where: {
      userId: user.id,
      purpose: "RESET_PASSWORD",
      createdAt: { gte: new Date(Date.now() - 60 * 60_000) },
    },
  });
  const event = { actorUserId: user.id, entityType: "User", entityId: user.id, metadata: { ip } };
  if (recent >= MAX_RESET_MAILS_PER_HOUR) {
    await recordSecurityEvent({ action: "password.reset-throttled", ...event });
    return;
  }
  const token = await db().$transaction((tx) => issuePasswordToken(tx, user.id, "RESET_PASSWORD"));
  await sendMail({
    to: user.email,
    subject: "Reset your Six Steps password",
    text: [
      `Dear ${user.name},`,
      "",
      "Someone asked to reset the password for your Six Steps account. To choose a new password, open this link:",
      "",
      passwordLinkUrl(token),
      "",
      "The link works once, for 1 hour. If you did not ask for it, you can ignore this email: your password has not changed.",
    ].join("\n"),
  });
  await recordSecurityEvent({ action: "password.reset-requested", ...event });
}

export type SetPasswordOutcome =
  | { ok: true; purpose: AuthTokenPurpose }
  | { ok: false; problem: "link" }
  | { ok: false; problem: "password"; message: string };

/**
 * Redeems a set- or reset-password link. The link is claimed in the same transaction as the new
 * password, so two submissions of one link cannot both succeed; every existing session ends.
 */
export async function setPasswordWithToken(input: {
  token: string;
  password: string;
  ip: string;
}): Promise<SetPasswordOutcome> {
  const live = await findLivePasswordToken(input.token);
  if (!live) return { ok: false, problem: "link" };
  const problem = passwordProblem(input.password, live.email);
  if (problem) return { ok: false, problem: "password", message: problem };
  const passwordHash = await hashPassword(input.password);

  const claimed = await db().$transaction(async (tx) => {
    const now = new Date();
    const claim = await tx.authToken.updateMany({
      where: { id: live.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claim.count !== 1) return false;
    await tx.authToken.updateMany({
      where: { userId: live.userId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.user.update({
      where: { id: live.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // The sign-in throttle tells locked-out people to reset their password; a reset lifts it.
    await tx.signInAttempt.deleteMany({ where: { email: live.email, succeeded: false } });
    await recordSecurityEvent(
      {
        action: live.purpose === "SET_PASSWORD" ? "password.set" : "password.reset",
        actorUserId: live.userId,
        entityType: "User",
        entityId: live.userId,
        metadata: { ip: input.ip },
      },
      tx,
    );
    return true;
  });
  return claimed ? { ok: true, purpose: live.purpose } : { ok: false, problem: "link" };
}
