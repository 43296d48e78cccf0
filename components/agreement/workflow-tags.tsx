import type { ParticipantStatusValue } from "@/lib/domain/agreement";

// GOV.UK tags: the words carry the meaning, the colour only supports them.
const PARTICIPANT: Record<ParticipantStatusValue, { label: string; style: string }> = {
  NOT_STARTED: { label: "Not started", style: "bg-[#f3f2f1] text-[#383f43]" },
  IN_PROGRESS: { label: "In progress", style: "bg-[#d2e2f1] text-[#0c2d4a]" },
  SUBMITTED: { label: "Submitted", style: "bg-[#cce2d8] text-[#005a30]" },
  SIGNED_OFF: { label: "Signed off", style: "bg-[#bfe3e0] text-[#10403c]" },
};

const ASSESSMENT = {
  IN_PROGRESS: { label: "In progress", style: "bg-[#d2e2f1] text-[#0c2d4a]" },
  FINALISED: { label: "Finalised", style: "bg-[#cce2d8] text-[#005a30]" },
} as const;

export function ParticipantStatusTag({ status }: { status: ParticipantStatusValue }) {
  const tag = PARTICIPANT[status];
  return <strong className={`inline-block px-2 py-0.5 font-bold ${tag.style}`}>{tag.label}</strong>;
}

export function AssessmentStatusTag({ status }: { status: keyof typeof ASSESSMENT }) {
  const tag = ASSESSMENT[status];
  return <strong className={`inline-block px-2 py-0.5 font-bold ${tag.style}`}>{tag.label}</strong>;
}
