import { DISPLAY_STATUS_LABELS, type ActionDisplayStatus } from "@/lib/domain/actions";

const STYLES: Record<ActionDisplayStatus, string> = {
  NOT_STARTED: "bg-[#f3f2f1] text-[#383f43]",
  ON_TRACK: "bg-[#d2e2f1] text-[#0c2d4a]",
  AT_RISK: "bg-[#fcd6c3] text-[#6e3619]",
  COMPLETE: "bg-[#cce2d8] text-[#005a30]",
  OVERDUE: "bg-[#f4cdc6] text-[#2a0b06]",
};

/** An action's status in words (the colour only supports them); "Overdue" is derived from the date. */
export function ActionStatusTag({ status }: { status: ActionDisplayStatus }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold whitespace-nowrap ${STYLES[status]}`}>
      {DISPLAY_STATUS_LABELS[status]}
    </strong>
  );
}
