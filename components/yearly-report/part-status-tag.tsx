import { PART_STATUS_LABELS, type PartStatus } from "@/lib/domain/yearly-report-drafting";

const STYLES: Record<PartStatus, string> = {
  NOT_STARTED: "bg-[#f3f2f1] text-[#383f43]",
  SUGGESTED: "bg-[#d2e2f1] text-[#0c2d4a]",
  WRITTEN: "bg-[#cce2d8] text-[#005a30]",
};

/** A part's task-list tag: the words carry the meaning, the colour only supports them. */
export function PartStatusTag({ status, id }: { status: PartStatus; id?: string }) {
  return (
    <strong id={id} className={`inline-block px-2 py-0.5 font-bold ${STYLES[status]}`}>
      {PART_STATUS_LABELS[status]}
    </strong>
  );
}
