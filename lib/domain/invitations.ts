import { z } from "zod";
import {
  newPasswordShape,
  passwordProblem,
  withMatchingPasswords,
} from "@/lib/auth/password-policy";

export type InvitationState = "open" | "expired" | "revoked" | "accepted";

/** Used, withdrawn and expired links all stop working; "used" wins so a person is told to sign in. */
export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "open";
}

export const CLOSED_INVITATION_MESSAGES: Record<Exclude<InvitationState, "open">, string> = {
  expired: "This invitation has expired. Ask your business manager to send a new one.",
  revoked:
    "This invitation has been withdrawn. Ask your business manager if you still need access.",
  accepted: "This invitation has already been used. Sign in to Six Steps to continue.",
};

export const UNKNOWN_INVITATION_MESSAGE =
  "This invitation link is not valid. Check you copied the whole link from the email, or ask your business manager to send a new one.";

// newToken() gives 43 base64url characters; anything else cannot be one of ours.
export const invitationToken = z
  .string({ error: UNKNOWN_INVITATION_MESSAGE })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, UNKNOWN_INVITATION_MESSAGE);

export const acceptInvitationSchema = z.object({ token: invitationToken });

/** The extra fields when the invitation creates an account: the same password rules as a reset. */
export function newAccountSchema(email: string) {
  const account = z.object({
    name: z
      .string({ error: "Enter your full name" })
      .trim()
      .min(1, { error: "Enter your full name", abort: true })
      .max(200, "Name must be 200 characters or fewer"),
    ...newPasswordShape,
  });
  return withMatchingPasswords(account).superRefine((value, ctx) => {
    const problem =
      value.password.trim().toLowerCase() === email.toLowerCase()
        ? "Your password must not be your email address"
        : passwordProblem(value.password, email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
}
