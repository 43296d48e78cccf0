import {
  ACCURACY_CHECK_STATE_LABELS,
  type AccuracyCheckState,
} from "@/lib/domain/report-authoring";

const STYLES: Record<AccuracyCheckState, string> = {
  NOT_OPENED: "bg-[#f3f2f1] text-[#383f43]",
  OPEN: "bg-[#d2e2f1] text-[#0c2d4a]",
  CLOSED: "bg-[#cce2d8] text-[#005a30]",
};

/** The factual-accuracy check's state in words (the colour only supports them). */
export function CheckStateTag({ state }: { state: AccuracyCheckState }) {
  return (
    <strong className={`inline-block px-2 py-0.5 font-bold ${STYLES[state]}`}>
      {ACCURACY_CHECK_STATE_LABELS[state]}
    </strong>
  );
}
