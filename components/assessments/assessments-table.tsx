import { cell, DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import type { AssessmentRow } from "@/lib/data/assessments";
import { ASSESSMENT_KIND_LABELS } from "@/lib/domain/assessments";

// The words carry the meaning; the colour only repeats it.
function StatusTag({ status }: { status: AssessmentRow["status"] }) {
  const finalised = status === "FINALISED";
  return (
    <strong
      className={`inline-block px-2 py-0.5 font-bold ${finalised ? "bg-[#cce2d8] text-[#005a30]" : "bg-[#d2e2f1] text-[#144e81]"}`}
    >
      {finalised ? "Finalised" : "In progress"}
    </strong>
  );
}

export function AssessmentsTable({
  partnershipId,
  assessments,
}: {
  partnershipId: string;
  assessments: AssessmentRow[];
}) {
  if (assessments.length === 0) return <p>There are no assessments yet.</p>;
  return (
    <DataTable
      caption="Assessments"
      captionHidden
      headings={["Title", "Kind", "Cycle", "Status", "Progress"]}
    >
      {assessments.map((assessment) => (
        <tr key={assessment.id}>
          <th scope="row" className={`${cell} font-normal`}>
            <Link
              href={`/partnerships/${partnershipId}/assessments/${assessment.id}`}
              className="text-brand underline"
            >
              {assessment.title}
            </Link>
          </th>
          <td className={cell}>{ASSESSMENT_KIND_LABELS[assessment.kind]}</td>
          <td className={cell}>{assessment.cycleName}</td>
          <td className={cell}>
            <StatusTag status={assessment.status} />
          </td>
          <td className={cell}>
            {assessment.answered} of {assessment.total} questions answered
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
