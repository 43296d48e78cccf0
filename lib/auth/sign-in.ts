import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordSecurityEvent } from "@/lib/audit";
import { hashPassword, verifyPassword } from "./password";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";
import { completeTicket, createTicket, findTicket } from "./sign-in-ticket";
import { isThrottled, recordAttempt, THROTTLE_WINDOW_MINUTES } from "./throttle";
import { decryptSecret, encryptSecret } from "./tokens";
import { newTotpSecret, totpUri, verifyTotp } from "./totp";

export type SignInStep = "two-factor" | "set-up-two-factor" | "complete";
export type StepResult<T = object> = ({ ok: true } & T) | { ok: false; message: string };

// The same words whether the email is unknown, the password wrong or the account disabled.
export const WRONG_CREDENTIALS = "Enter a correct email address and password.";
export const THROTTLED = `Too many failed attempts. Wait ${THROTTLE_WINDOW_MINUTES} minutes and try again, or reset your password.`;

const SIGN_IN_EXPIRED = "Your sign-in has expired. Enter your email address and password again.";

let dummyHash: Promise<string> | undefined;

/** The live ticket of someone who has passed the password step, or null. */
async function passwordVerifiedTicket(token: string | undefined) {
  const ticket = await findTicket(token);
  return ticket?.stage === "PASSWORD_VERIFIED" ? ticket : null;
}

export async function twoFactorRequired(userId: string): Promise<boolean> {
  const required = env().TWO_FACTOR_REQUIRED_ROLES;
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      isSiteAdmin: true,
      memberships: { where: { deactivatedAt: null }, select: { role: true } },
    },
  });
  if (user.isSiteAdmin && required.includes("SITE_ADMIN")) return true;
  return user.memberships.some((m) => (required as string[]).includes(m.role));
}

/** Step 1: email and password. On success a ticket for the next step. */
export async function checkPassword(input: {
  email: string;
  password: string;
  ip: string;
}): Promise<StepResult<{ next: SignInStep; ticket: string }>> {
  const email = input.email.toLowerCase();
  if (await isThrottled(email, input.ip)) {
    await recordSecurityEvent({ action: "sign-in.throttled", metadata: { email, ip: input.ip } });
    return { ok: false, message: THROTTLED };
  }
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, totpEnabledAt: true },
  });
  // Verify against a dummy hash for unknown accounts so timing does not reveal which exist.
  dummyHash ??= hashPassword("not-a-real-password-at-all");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !user.passwordHash || !valid || user.disabledAt) {
    await recordAttempt(email, input.ip, false);
    await recordSecurityEvent({
      action: "sign-in.failed",
      actorUserId: user?.id ?? null,
      metadata: { email, ip: input.ip, reason: user?.disabledAt ? "disabled" : "credentials" },
    });
    return { ok: false, message: WRONG_CREDENTIALS };
  }
  await recordAttempt(email, input.ip, true);
  if (user.totpEnabledAt) {
    return {
      ok: true,
      next: "two-factor",
      ticket: await createTicket(user.id, "PASSWORD_VERIFIED"),
    };
  }
  if (await twoFactorRequired(user.id)) {
    return {
      ok: true,
      next: "set-up-two-factor",
      ticket: await createTicket(user.id, "PASSWORD_VERIFIED"),
    };
  }
  return { ok: true, next: "complete", ticket: await createTicket(user.id, "COMPLETE") };
}

/** Step 2: a code from the authenticator app, or a recovery code. */
export async function checkSecondFactor(input: {
  ticket: string | undefined;
  code: string;
  ip: string;
}): Promise<StepResult> {
  const ticket = await passwordVerifiedTicket(input.ticket);
  if (!ticket) return { ok: false, message: SIGN_IN_EXPIRED };
  const user = await db().user.findUniqueOrThrow({
    where: { id: ticket.userId },
    select: { id: true, email: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (await isThrottled(user.email, input.ip)) return { ok: false, message: THROTTLED };
  if (!user.totpSecret || !user.totpEnabledAt)
    return { ok: false, message: "Set up two-factor authentication first." };

  const secret = decryptSecret(user.totpSecret, env().NEXTAUTH_SECRET);
  const step = verifyTotp(secret, input.code, user.totpLastStep);
  let method = "totp";
  if (step !== null) {
    await db().user.update({ where: { id: user.id }, data: { totpLastStep: step } });
  } else {
    const recovery = normaliseRecoveryCode(input.code);
    const used = recovery
      ? await db().recoveryCode.updateMany({
          where: { userId: user.id, codeHash: hashRecoveryCode(recovery), usedAt: null },
          data: { usedAt: new Date() },
        })
      : { count: 0 };
    if (used.count !== 1) {
      await recordAttempt(user.email, input.ip, false);
      await recordSecurityEvent({
        action: "sign-in.failed",
        actorUserId: user.id,
        metadata: { ip: input.ip, reason: "second factor" },
      });
      return {
        ok: false,
        message:
          "The code is not right. Enter the 6-digit code your authenticator app shows now, or a recovery code.",
      };
    }
    method = "recovery code";
  }
  await completeTicket(ticket.id);
  await recordSecurityEvent({
    action: "two-factor.verified",
    actorUserId: user.id,
    metadata: { method },
  });
  return { ok: true };
}

/** Enrolment, step 1: a new secret, kept (encrypted) as pending until a code confirms it. */
export async function beginTwoFactorSetup(
  ticketToken: string | undefined,
): Promise<StepResult<{ secret: string; uri: string }>> {
  const ticket = await passwordVerifiedTicket(ticketToken);
  if (!ticket) return { ok: false, message: SIGN_IN_EXPIRED };
  const user = await db().user.findUniqueOrThrow({
    where: { id: ticket.userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt)
    return { ok: false, message: "Two-factor authentication is already set up." };
  const key = env().NEXTAUTH_SECRET;
  let secret = user.totpSecret ? decryptSecret(user.totpSecret, key) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db().user.update({
      where: { id: ticket.userId },
      data: { totpSecret: encryptSecret(secret, key) },
    });
  }
  return { ok: true, secret, uri: totpUri(secret, user.email) };
}

/** Enrolment, step 2: the first code turns two-factor on and yields the recovery codes, shown once. */
export async function confirmTwoFactorSetup(input: {
  ticket: string | undefined;
  code: string;
}): Promise<StepResult<{ recoveryCodes: string[] }>> {
  const ticket = await passwordVerifiedTicket(input.ticket);
  if (!ticket) return { ok: false, message: SIGN_IN_EXPIRED };
  const user = await db().user.findUniqueOrThrow({
    where: { id: ticket.userId },
    select: { id: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!user.totpSecret || user.totpEnabledAt)
    return { ok: false, message: "Start setting up two-factor authentication again." };
  const step = verifyTotp(decryptSecret(user.totpSecret, env().NEXTAUTH_SECRET), input.code, null);
  if (step === null) {
    return {
      ok: false,
      message: "The code is not right. Enter the 6-digit code your authenticator app shows now.",
    };
  }
  const recoveryCodes = newRecoveryCodes();
  await db().$transaction([
    db().user.update({
      where: { id: user.id },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    }),
    db().recoveryCode.deleteMany({ where: { userId: user.id } }),
    db().recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code) })),
    }),
    db().signInTicket.update({ where: { id: ticket.id }, data: { stage: "COMPLETE" } }),
  ]);
  await recordSecurityEvent({ action: "two-factor.enabled", actorUserId: user.id });
  return { ok: true, recoveryCodes };
}
