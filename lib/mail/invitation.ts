import { ROLE_LABELS, type Role } from "@/lib/authz/permissions";
import type { Mail } from "./send";

const LONDON_DATE = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/London",
});

/** The invitation email. The link is the only secret in it and works once. */
export function invitationMail(invitation: {
  to: string;
  partnershipName: string;
  role: Role;
  organisationName?: string;
  invitedBy: string;
  link: string;
  expiresAt: Date;
}): Mail {
  const role = ROLE_LABELS[invitation.role].toLowerCase();
  const organisation = invitation.organisationName ? ` for ${invitation.organisationName}` : "";
  return {
    to: invitation.to,
    subject: `You are invited to join ${invitation.partnershipName} on Six Steps`,
    text: [
      `${invitation.invitedBy} has invited you to join ${invitation.partnershipName} on Six Steps as ${/^[aeiou]/.test(role) ? "an" : "a"} ${role}${organisation}.`,
      "Six Steps is where the partnership carries out independent scrutiny of its multi-agency child safeguarding arrangements.",
      `To accept the invitation, open this link:\n${invitation.link}`,
      `The link works once and expires on ${LONDON_DATE.format(invitation.expiresAt)}. If you were not expecting this email, you can ignore it.`,
    ].join("\n\n"),
  };
}
