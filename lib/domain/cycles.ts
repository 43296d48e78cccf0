import { z } from "zod";
import { gatherDateParts, parseDateParts } from "./date-parts";
import { isUuid, parseInput } from "@/lib/validation";

/**
 * Cycles carry work forward: the next cycle's assessment starts from a finalised one. Its answers
 * start unrated with last cycle's rating and evidence beside them; open actions are linked to it
 * (a link, not a copy); completed actions stay with their cycle.
 */

const YEAR_NAME = /^(\d{4})\s*[–-]\s*(\d{2}|\d{4})$/;

function shift(stamp: string, years: number, days = 0): string {
  const [y, m, d] = stamp.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "2026–27" running 1 Apr 2026 – 31 Mar 2027 suggests "2027–28", 1 Apr 2027 – 31 Mar 2028. */
export function suggestNextCycle(cycle: { name: string; startsOn: string; endsOn: string }): {
  name: string;
  startsOn: string;
  endsOn: string;
} {
  const startsOn = shift(cycle.endsOn, 0, 1);
  const endsOn = shift(cycle.endsOn, 1);
  const match = YEAR_NAME.exec(cycle.name.trim());
  const first = match ? Number(match[1]) + 1 : Number(startsOn.slice(0, 4));
  return { name: `${first}–${String((first + 1) % 100).padStart(2, "0")}`, startsOn, endsOn };
}

/** The date as "YYYY-MM-DD", or "" when it is not one (only for an existing cycle, not used). */
function stampOf(value: unknown): string {
  const parsed = parseDateParts(value);
  return parsed.kind === "date" ? parsed.stamp : "";
}

/** A required date from the GOV.UK date input, with messages naming which one. */
function dateField(label: string) {
  return z.unknown().transform((value, ctx): string => {
    const parsed = parseDateParts(value);
    if (parsed.kind === "date") return parsed.stamp;
    ctx.addIssue({
      code: "custom",
      message:
        parsed.kind === "blank"
          ? `Enter the date the cycle ${label}`
          : parsed.kind === "incomplete"
            ? `The date the cycle ${label} must include a ${parsed.missing}`
            : `The date the cycle ${label} must be a real date`,
    });
    return z.NEVER;
  });
}

const optionalText = (notText: string) =>
  z
    .string({ error: notText })
    .optional()
    .transform((value) => value?.trim() ?? "");

export const startNextCycleSchema = z.preprocess(
  (raw) => gatherDateParts(raw, ["cycleStartsOn", "cycleEndsOn"]),
  z
    .object({
      partnershipId: z.uuid({ error: "That partnership does not exist" }),
      assessmentId: z.uuid({ error: "That assessment does not exist" }),
      title: z
        .string({ error: "Enter a title" })
        .trim()
        .min(3, "Title must be 3 characters or more")
        .max(200, "Title must be 200 characters or fewer"),
      cycleChoice: z.enum(["existing", "new"], {
        error: "Choose whether to use a cycle that already exists or create a new one",
      }),
      cycleId: optionalText("Select the cycle from the list"),
      cycleName: optionalText("Enter a name for the new cycle, like 2027–28"),
      cycleStartsOn: z.unknown().optional(),
      cycleEndsOn: z.unknown().optional(),
    })
    .superRefine((value, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: "custom", path: [path], message });
      if (value.cycleChoice === "existing") {
        if (!isUuid(value.cycleId ?? "")) issue("cycleId", "Select the cycle from the list");
        return;
      }
      if (value.cycleName === "")
        issue("cycleName", "Enter a name for the new cycle, like 2027–28");
      else if (value.cycleName.length > 40)
        issue("cycleName", "The cycle name must be 40 characters or fewer");
      const starts = parseInput(dateField("starts"), value.cycleStartsOn);
      const ends = parseInput(dateField("ends"), value.cycleEndsOn);
      if (!starts.success) issue("cycleStartsOn", starts.error.issues[0]?.message ?? "");
      if (!ends.success) issue("cycleEndsOn", ends.error.issues[0]?.message ?? "");
      if (starts.success && ends.success && ends.data <= starts.data)
        issue("cycleEndsOn", "The cycle must end after it starts");
    })
    .transform((value) => ({
      ...value,
      cycleStartsOn: stampOf(value.cycleStartsOn),
      cycleEndsOn: stampOf(value.cycleEndsOn),
    })),
);

export type StartNextCycleInput = z.infer<typeof startNextCycleSchema>;

export const START_NEXT_CYCLE_FIELD_LABELS = {
  title: "Title of the new assessment",
  cycleChoice: "Cycle",
  cycleId: "Cycle",
  cycleName: "Name of the new cycle",
  cycleStartsOn: "Starts on",
  cycleEndsOn: "Ends on",
};

/**
 * Which action links the next cycle's assessment gets: every link of an open action to the
 * previous assessment, re-pointed at the same question (by lineage) in the new one. Completed
 * actions stay with their cycle; links to questions the new version no longer has are dropped.
 */
export function carriedForwardLinks(
  links: ReadonlyArray<{ actionId: string; questionLineageKey: string; status: string }>,
  newQuestionIdByLineage: ReadonlyMap<string, string>,
): Array<{ actionId: string; questionId: string }> {
  const seen = new Set<string>();
  const result: Array<{ actionId: string; questionId: string }> = [];
  for (const link of links) {
    if (link.status === "COMPLETE") continue;
    const questionId = newQuestionIdByLineage.get(link.questionLineageKey);
    if (!questionId) continue;
    const key = `${link.actionId}:${questionId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ actionId: link.actionId, questionId });
  }
  return result;
}
