const STYLES = {
  NOT_STARTED: "bg-[#f3f2f1] text-[#383f43]",
  IN_PROGRESS: "bg-[#d2e2f1] text-[#0c2d4a]",
  SUBMITTED: "bg-[#cce2d8] text-[#005a30]",
  SIGNED_OFF: "bg-[#cce2d8] text-[#005a30]",
  FINALISED: "bg-[#cce2d8] text-[#005a30]",
} as const;

export const PARTICIPATION_LABELS = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  SIGNED_OFF: "Signed off",
  FINALISED: "Finalised",
} as const;

/**
 * A participant's or an assessment's status as a GOV.UK tag: the words carry the meaning, the
 * colour only supports them (the same palette as the task list's StatusTag).
 */
export function ParticipationTag({ status }: { status: keyof typeof STYLES }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold ${STYLES[status]}`}>
      {PARTICIPATION_LABELS[status]}
    </strong>
  );
}
