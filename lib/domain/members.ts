import { z } from "zod";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/authz/permissions";
import type { GovernanceDesignation } from "@/lib/generated/prisma/enums";

export const DESIGNATIONS = [
  "LEAD_SAFEGUARDING_PARTNER",
  "DELEGATED_SAFEGUARDING_PARTNER",
  "PARTNERSHIP_CHAIR",
] as const satisfies readonly GovernanceDesignation[];

export type Designation = (typeof DESIGNATIONS)[number];

export const DESIGNATION_LABELS: Record<Designation, string> = {
  LEAD_SAFEGUARDING_PARTNER: "Lead safeguarding partner",
  DELEGATED_SAFEGUARDING_PARTNER: "Delegated safeguarding partner",
  PARTNERSHIP_CHAIR: "Partnership chair",
};

export const INVITATION_DAYS = 7;

/** Agency people answer and act for one organisation, so they cannot exist without one. */
export function needsOrganisation(role: Role): boolean {
  return role === "AGENCY_RESPONDENT" || role === "AGENCY_CONTRIBUTOR";
}

function organisationRequiredMessage(role: Role): string {
  return `Select the organisation this ${ROLE_LABELS[role].toLowerCase()} works for`;
}

// Blank form fields mean "not given".
const optionalText = (notText: string) =>
  z
    .string({ error: notText })
    .optional()
    .transform((value) => value?.trim() || undefined);

const designation = z.enum(DESIGNATIONS, { error: "Select designations from the list" });

const id = (what: string) => z.uuid({ error: `That ${what} does not exist` });

export const emailSchema = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter an email address", abort: true })
  .max(254, { error: "Email address must be 254 characters or fewer", abort: true })
  .email("Enter an email address in the correct format, like name@example.org");

/** Every field a members form can send; each action picks the ones it takes. */
export const memberFields = z.object({
  partnershipId: id("partnership"),
  membershipId: id("member"),
  invitationId: id("invitation"),
  email: emailSchema,
  name: optionalText("Enter the name as text").pipe(
    z.string().max(200, "Name must be 200 characters or fewer").optional(),
  ),
  role: z.enum(ROLES, { error: "Select a role" }),
  organisationId: optionalText("Select an organisation from the list").pipe(
    z.uuid({ error: "Select an organisation from the list" }).optional(),
  ),
  // Checkboxes arrive as nothing, one value or several.
  designations: z
    .union([designation, z.array(designation)], { error: "Select designations from the list" })
    .optional()
    .transform((value) => [...new Set(value === undefined ? [] : [value].flat())]),
  file: z
    .instanceof(File, { error: "Select a CSV file" })
    .refine((file) => file.size > 0, { error: "Select a CSV file", abort: true })
    .refine((file) => file.size <= 200 * 1024, {
      error: "The file must be smaller than 200 KB",
      abort: true,
    })
    .refine(
      (file) => file.type === "text/csv" || file.name.toLowerCase().endsWith(".csv"),
      "The file must be a CSV file",
    ),
});

// Refinements are added after .pick: zod cannot pick fields from a refined object.
function requireOrganisation(value: { role: Role; organisationId?: string }, ctx: z.RefinementCtx) {
  if (needsOrganisation(value.role) && !value.organisationId)
    ctx.addIssue({
      code: "custom",
      path: ["organisationId"],
      message: organisationRequiredMessage(value.role),
    });
}

export const inviteMemberSchema = memberFields
  .pick({
    partnershipId: true,
    email: true,
    name: true,
    role: true,
    organisationId: true,
    designations: true,
  })
  .superRefine(requireOrganisation);

export const changeMemberRoleSchema = memberFields
  .pick({
    partnershipId: true,
    membershipId: true,
    role: true,
    organisationId: true,
    designations: true,
  })
  .superRefine(requireOrganisation);

export const membershipRefSchema = memberFields.pick({ partnershipId: true, membershipId: true });
export const invitationRefSchema = memberFields.pick({ partnershipId: true, invitationId: true });
export const csvImportSchema = memberFields.pick({ partnershipId: true, file: true });
