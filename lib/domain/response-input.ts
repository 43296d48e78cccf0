import { z } from "zod";
import { RATINGS } from "./rating";

const text = (max: number, label: string) =>
  z
    .string({ error: `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)} as text` })
    .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .default("");

// The version is a hidden field: a bad one means the page is out of date.
const RELOAD = "Reload the page and try again";

/** One autosave of a response: what the form holds plus the version it was loaded at. */
export const saveResponseSchema = z.object({
  partnershipId: z.uuid({ error: "That partnership does not exist" }),
  responseId: z.uuid({ error: "That response does not exist" }),
  version: z.coerce
    .number({ error: RELOAD })
    .int({ error: RELOAD })
    .positive({ error: RELOAD })
    .max(2_147_483_647, { error: RELOAD }),
  rating: z.preprocess(
    (value) => (value === "" ? null : value),
    z.enum(RATINGS, { error: "Choose Red, Amber, Green or not in scope" }).nullable(),
  ),
  narrative: text(20_000, "The narrative"),
  remainingWork: text(10_000, "The work that remains"),
  notInScopeReason: text(2_000, "The reason"),
  evidenceIds: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.uuid({ error: "Choose evidence from the list" }))
      .max(50, "Cite 50 evidence items at most"),
  ),
});

export type SaveResponseInput = z.infer<typeof saveResponseSchema>;
