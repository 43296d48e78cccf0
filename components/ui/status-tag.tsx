const STYLES = {
  NOT_STARTED: "bg-[#f3f2f1] text-[#383f43]",
  IN_PROGRESS: "bg-[#d2e2f1] text-[#0c2d4a]",
  COMPLETED: "bg-[#cce2d8] text-[#005a30]",
} as const;

const LABELS = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
} as const;

/** GOV.UK task list status tag: the words carry the meaning, the colour only supports them. */
export function StatusTag({ status }: { status: keyof typeof STYLES }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold ${STYLES[status]}`}>
      {LABELS[status]}
    </strong>
  );
}
