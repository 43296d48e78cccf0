import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** The new-password fields of the reset and set-password forms; add `matchingPasswords` on top. */
export const newPasswordShape = {
  password: z
    .string({ error: "Enter a new password" })
    .min(1, "Enter a new password")
    .min(PASSWORD_MIN_LENGTH, `Your password must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer`),
  confirmPassword: z
    .string({ error: "Enter your new password again" })
    .min(1, "Enter your new password again"),
};

/** Adds "the two passwords match" to a schema that has the new-password fields. */
export function withMatchingPasswords<
  S extends z.ZodType<{ password: string; confirmPassword: string }>,
>(schema: S): S {
  return schema.refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match. Enter the same password twice",
  });
}

/**
 * The rule that needs the account: a password containing the email's name part is among the first
 * an attacker tries. Very short name parts ("jo@") are skipped, or ordinary words would be refused.
 */
export function passwordProblem(password: string, email: string): string | null {
  const name = email.split("@")[0]?.toLowerCase() ?? "";
  if (name.length >= 3 && password.toLowerCase().includes(name)) {
    return "Your password must not contain your email address";
  }
  return null;
}
