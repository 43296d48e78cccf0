import { z } from "zod";
import type { AssessmentKind } from "@/lib/generated/prisma/enums";

export const ASSESSMENT_KINDS = [
  "INDEPENDENT_SCRUTINY",
  "CORE_PARTNER_SELF_ASSESSMENT",
  "WIDER_PARTNER_SELF_ASSESSMENT",
] as const satisfies readonly AssessmentKind[];

export type AssessmentKindValue = (typeof ASSESSMENT_KINDS)[number];

export const ASSESSMENT_KIND_LABELS: Record<AssessmentKindValue, string> = {
  INDEPENDENT_SCRUTINY: "Independent scrutiny",
  CORE_PARTNER_SELF_ASSESSMENT: "Core-partner self-assessment",
  WIDER_PARTNER_SELF_ASSESSMENT: "Wider-partner self-assessment",
};

export const ASSESSMENT_KIND_HINTS: Record<AssessmentKindValue, string> = {
  INDEPENDENT_SCRUTINY:
    "One or more independent scrutineers rate the partnership; a lead agrees the ratings.",
  CORE_PARTNER_SELF_ASSESSMENT: "The safeguarding partners each rate themselves.",
  WIDER_PARTNER_SELF_ASSESSMENT:
    "Relevant agencies (and safeguarding partners, if you choose) rate themselves.",
};

export function isSelfAssessment(kind: AssessmentKindValue): boolean {
  return kind !== "INDEPENDENT_SCRUTINY";
}

// Checkboxes arrive as nothing, one value or several; blanks mean "not given".
const idList = (message: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: message })
    .optional()
    .transform((value) => [
      ...new Set((value === undefined ? [] : [value].flat()).filter((id) => id !== "")),
    ])
    .pipe(z.array(z.uuid({ error: message })));

const chosenId = (message: string) => z.uuid({ error: message });

export const createAssessmentSchema = z
  .object({
    partnershipId: z.uuid({ error: "That partnership does not exist" }),
    title: z
      .string({ error: "Enter a title" })
      .trim()
      .min(3, "Title must be 3 characters or more")
      .max(200, "Title must be 200 characters or fewer"),
    kind: z.enum(ASSESSMENT_KINDS, { error: "Select the kind of assessment" }),
    cycleId: chosenId("Select a cycle from the list"),
    frameworkVersionId: chosenId("Select a framework from the list"),
    scrutineerIds: idList("Select independent scrutineers from the list"),
    leadScrutineerId: z
      .string({ error: "Select the lead scrutineer from the list" })
      .optional()
      .transform((value) => value?.trim() || undefined)
      .pipe(chosenId("Select the lead scrutineer from the list").optional()),
    organisationIds: idList("Select organisations from the list"),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "INDEPENDENT_SCRUTINY") {
      if (value.scrutineerIds.length === 0)
        ctx.addIssue({
          code: "custom",
          path: ["scrutineerIds"],
          message: "Select at least one independent scrutineer",
        });
      else if (!value.leadScrutineerId)
        ctx.addIssue({
          code: "custom",
          path: ["leadScrutineerId"],
          message: "Select the lead scrutineer",
        });
      else if (!value.scrutineerIds.includes(value.leadScrutineerId))
        ctx.addIssue({
          code: "custom",
          path: ["leadScrutineerId"],
          message: "The lead scrutineer must be one of the scrutineers you selected",
        });
    } else if (value.organisationIds.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["organisationIds"],
        message: "Select at least one organisation to take part",
      });
    }
  });

export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

export const ASSESSMENT_FIELD_LABELS = {
  title: "Title",
  kind: "Kind of assessment",
  cycleId: "Cycle",
  frameworkVersionId: "Framework",
  scrutineerIds: "Independent scrutineers",
  leadScrutineerId: "Lead scrutineer",
  organisationIds: "Organisations taking part",
};
