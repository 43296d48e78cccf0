"use server";

import { z } from "zod";
import {
  checkPassword,
  checkSecondFactor,
  confirmTwoFactorSetup,
  type SignInStep,
} from "@/lib/auth/sign-in";
import { clientIp, setTicketCookie, ticketCookie } from "@/lib/auth/request";
import { fieldErrorsOf, formDataToObject, type ActionResult } from "@/lib/actions/safe-action";
import { parseInput } from "@/lib/validation";

const credentials = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, "Enter your email address")
    .email("Enter an email address in the correct format, like name@example.org"),
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(200, "Enter a correct email address and password."),
});

const code = z.object({
  code: z
    .string({ error: "Enter the code" })
    .trim()
    .min(1, "Enter the code")
    .max(20, "Enter the 6-digit code or a recovery code"),
});

/** Step 1 of signing in. Public: no session yet. */
export async function signInWithPassword(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ next: SignInStep }>> {
  const parsed = parseInput(credentials, formDataToObject(form));
  if (!parsed.success)
    return { ok: false, message: "There is a problem", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await checkPassword({ ...parsed.data, ip: await clientIp() });
  if (!result.ok) return { ok: false, message: result.message };
  await setTicketCookie(result.ticket);
  return { ok: true, data: { next: result.next } };
}

/** Step 2: the authenticator code or a recovery code. Public: the ticket cookie is the proof. */
export async function verifyTwoFactor(_previous: unknown, form: FormData): Promise<ActionResult> {
  const parsed = parseInput(code, formDataToObject(form));
  if (!parsed.success)
    return { ok: false, message: "There is a problem", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await checkSecondFactor({
    ticket: await ticketCookie(),
    code: parsed.data.code,
    ip: await clientIp(),
  });
  return result.ok
    ? { ok: true, data: undefined }
    : { ok: false, message: result.message, fieldErrors: { code: [result.message] } };
}

/** Enrolment: the first code from the new authenticator entry; returns the recovery codes once. */
export async function confirmTwoFactor(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const parsed = parseInput(code, formDataToObject(form));
  if (!parsed.success)
    return { ok: false, message: "There is a problem", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await confirmTwoFactorSetup({
    ticket: await ticketCookie(),
    code: parsed.data.code,
  });
  return result.ok
    ? { ok: true, data: { recoveryCodes: result.recoveryCodes } }
    : { ok: false, message: result.message, fieldErrors: { code: [result.message] } };
}
