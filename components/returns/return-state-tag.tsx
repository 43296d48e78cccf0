import { RETURN_STATE_LABELS, type ReturnState } from "@/lib/domain/returns";

const STYLES: Record<ReturnState, string> = {
  NOT_STARTED: "bg-[#f3f2f1] text-[#383f43]",
  IN_PROGRESS: "bg-[#d2e2f1] text-[#0c2d4a]",
  SUBMITTED: "bg-[#fff7bf] text-[#594d00]",
  SIGNED_OFF: "bg-[#cce2d8] text-[#005a30]",
  OVERDUE: "bg-[#f4cdc6] text-[#2a0b06]",
};

/** Where an organisation's return stands, as a GOV.UK tag: the words carry the meaning. */
export function ReturnStateTag({ state }: { state: ReturnState }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold ${STYLES[state]}`}>
      {RETURN_STATE_LABELS[state]}
    </strong>
  );
}
