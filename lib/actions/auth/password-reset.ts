"use server";

import { after } from "next/server";
import { z } from "zod";
import { newPasswordShape, withMatchingPasswords } from "@/lib/auth/password-policy";
import { sendPasswordResetLink, setPasswordWithToken } from "@/lib/auth/password-reset";
import { clientIp } from "@/lib/auth/request";
import { fieldErrorsOf, formDataToObject, type ActionResult } from "@/lib/actions/safe-action";
import { parseInput } from "@/lib/validation";

const requestSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, "Enter your email address")
    .max(320, "Enter an email address in the correct format, like name@example.org")
    .email("Enter an email address in the correct format, like name@example.org"),
});

const resetSchema = withMatchingPasswords(
  z.object({ token: z.string().min(1).max(200), ...newPasswordShape }),
);

const LINK_NOT_WORKING =
  "This link has expired or has already been used. Ask for a new link to reset your password.";

/**
 * Public: anyone may ask. The answer is the same whether or not the account exists, and the work
 * happens after the answer is sent, so neither the words nor the time taken give it away.
 */
export async function requestPasswordReset(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult> {
  const parsed = parseInput(requestSchema, formDataToObject(form));
  if (!parsed.success)
    return { ok: false, message: "There is a problem", fieldErrors: fieldErrorsOf(parsed.error) };
  const ip = await clientIp();
  after(() =>
    sendPasswordResetLink(parsed.data.email, ip).catch((error: unknown) =>
      console.error("Password reset link not sent:", error),
    ),
  );
  return {
    ok: true,
    data: undefined,
    message:
      "If an account exists for that email address, we have sent a link to reset the password. The link works once, for 1 hour.",
  };
}

/** Public: the single-use link is the proof. Used for both "reset" and "set your password" links. */
export async function resetPassword(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ purpose: "SET_PASSWORD" | "RESET_PASSWORD" }>> {
  const parsed = parseInput(resetSchema, formDataToObject(form));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (fieldErrors.token) return { ok: false, message: LINK_NOT_WORKING };
    return { ok: false, message: "There is a problem", fieldErrors };
  }
  const result = await setPasswordWithToken({
    token: parsed.data.token,
    password: parsed.data.password,
    ip: await clientIp(),
  });
  if (result.ok) {
    return {
      ok: true,
      data: { purpose: result.purpose },
      message: "Your password has been saved. Sign in with your new password.",
    };
  }
  if (result.problem === "password")
    return {
      ok: false,
      message: "There is a problem",
      fieldErrors: { password: [result.message] },
    };
  return { ok: false, message: LINK_NOT_WORKING };
}
