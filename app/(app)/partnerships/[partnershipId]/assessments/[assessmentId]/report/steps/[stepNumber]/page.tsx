import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NarrativeForm } from "@/components/report/authoring-narrative-form";
import { ReportPageHeader } from "@/components/report/authoring-report-header";
import { cell, DataTable } from "@/components/ui/data-table";
import { RagTag } from "@/components/ui/rag-tag";
import { requirePageAccess } from "@/lib/authz/guard";
import { getStepNarrativeView } from "@/lib/data/report-authoring";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "A step of the scrutiny report" };

/** One step of the report: its agreed ratings (read only) and the scrutineers' narrative. */
export default async function ReportStepPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string; stepNumber: string }>;
}) {
  const { partnershipId, assessmentId, stepNumber } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "report.view");
  const view = await getStepNarrativeView(partnershipId, assessmentId, stepNumber);
  const { step, narrative } = view;
  const base = `/partnerships/${partnershipId}/assessments/${assessmentId}/report/steps`;
  const previous = view.stepNumbers.filter((n) => n < step.number).at(-1);
  const next = view.stepNumbers.find((n) => n > step.number);
  return (
    <>
      <ReportPageHeader partnershipId={partnershipId} assessment={view.assessment}>
        Step {step.number}: {step.title}
      </ReportPageHeader>
      <div className="max-w-3xl space-y-12">
        <DataTable
          caption={`Agreed ratings for step ${step.number}`}
          headings={["Question", "Agreed rating"]}
        >
          {view.questions.map((question) => (
            <tr key={question.id}>
              <th scope="row" className={`${cell} font-normal`}>
                <span className="mr-2 font-bold tabular-nums">{question.code}</span>
                {question.text}
              </th>
              <td className={cell}>
                {question.rating ? <RagTag rating={question.rating} /> : "Not agreed yet"}
              </td>
            </tr>
          ))}
        </DataTable>

        <section aria-labelledby="narrative-heading" className="space-y-4">
          <h2 id="narrative-heading" className="text-3xl font-bold">
            Narrative
          </h2>
          {narrative?.updated ? (
            <p className="text-muted">
              Last saved{narrative.updated.byName ? ` by ${narrative.updated.byName}` : ""} on{" "}
              <time dateTime={narrative.updated.at}>{narrative.updated.atLabel}</time>
            </p>
          ) : null}
          {view.viewer.isScrutineer ? (
            <NarrativeForm
              partnershipId={partnershipId}
              assessmentId={assessmentId}
              stepNumber={step.number}
              narrative={narrative ? { text: narrative.text, version: narrative.version } : null}
            />
          ) : narrative ? (
            <p className="whitespace-pre-line text-lg">{narrative.text}</p>
          ) : (
            <p>The scrutineers have not written the narrative for this step yet.</p>
          )}
        </section>
      </div>
      <nav
        aria-label="Previous and next step"
        className="mt-12 flex max-w-3xl flex-wrap justify-between gap-4"
      >
        {previous ? (
          <Link href={`${base}/${previous}`} className="text-brand underline">
            Previous: step {previous}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`${base}/${next}`} className="font-bold text-brand underline">
            Next: step {next}
          </Link>
        ) : (
          <Link
            href={`/partnerships/${partnershipId}/assessments/${assessmentId}/report`}
            className="font-bold text-brand underline"
          >
            The whole report
          </Link>
        )}
      </nav>
    </>
  );
}
