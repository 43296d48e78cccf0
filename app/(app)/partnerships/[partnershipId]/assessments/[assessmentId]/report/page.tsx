import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccuracyComments } from "@/components/report/accuracy-comments";
import { ChallengesSummary } from "@/components/report/challenges-summary";
import { CountsTable } from "@/components/report/counts-table";
import { Differences } from "@/components/report/differences";
import { formatOn } from "@/components/report/format";
import { OverallSummary } from "@/components/report/overall-summary";
import { PrintButton } from "@/components/report/print-button";
import { RagMatrix } from "@/components/report/rag-matrix";
import { ReportContents, ReportTasks } from "@/components/report/report-contents";
import { ReportSection, WriteLink } from "@/components/report/report-section";
import { SelfBeside } from "@/components/report/self-beside";
import { StepSection } from "@/components/report/step-section";
import { Trends } from "@/components/report/trends";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getScrutinyReport } from "@/lib/data/report";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Scrutiny report" };

export default async function ReportPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "report.view");
  const report = await getScrutinyReport(partnershipId, assessmentId);
  const assessmentHref = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const base = `${assessmentHref}/report`;
  const { viewer, framework } = report;

  return (
    // Ratings keep their colours on paper (the letter and word carry the meaning either way).
    <div className="[-webkit-print-color-adjust:exact] [print-color-adjust:exact]">
      <p className="mb-4 print:hidden">
        <Link href={assessmentHref} className="text-brand underline">
          Back to {report.assessment.title}
        </Link>
      </p>
      <PageHeading caption={`${report.assessment.cycleName} · ${report.assessment.title}`}>
        Scrutiny report
      </PageHeading>
      <p className="mb-6 text-lg">
        {report.assessment.finalised ? (
          <strong>
            Signed off
            {report.assessment.signedOffAt ? ` on ${formatOn(report.assessment.signedOffAt)}` : ""}
          </strong>
        ) : (
          <>
            <strong className="mr-2 inline-block bg-[#fff7bf] px-2 py-0.5 font-bold text-[#594d00]">
              Draft
            </strong>{" "}
            The scrutiny has not been signed off, so its ratings may still change.
          </>
        )}
      </p>
      <p className="mb-8">
        <PrintButton />
      </p>
      <ReportTasks report={report} base={base} />
      <ReportContents report={report} />

      <div className="space-y-14">
        <ReportSection id="ratings" title="Agreed ratings">
          <p className="max-w-3xl">
            Each cell is a question&apos;s agreed rating; select it to read the scrutineers&apos;
            responses.
          </p>
          <RagMatrix steps={report.steps} />
        </ReportSection>
        <ReportSection id="at-a-glance" title="At a glance">
          <CountsTable steps={report.steps} totals={report.totals} />
        </ReportSection>
        <ReportSection id="summary" title="Overall summary">
          <OverallSummary summary={report.summary} />
          {viewer.isScrutineer ? (
            <WriteLink href={`${base}/summary`}>
              Write the strengths and areas for development
            </WriteLink>
          ) : null}
          {viewer.canRespond ? (
            <WriteLink href={`${base}/management-response`}>Record a management response</WriteLink>
          ) : null}
        </ReportSection>
        {report.steps.map((step) => (
          <StepSection
            key={step.id}
            step={step}
            several={report.scrutineers.length > 1}
            writeHref={viewer.isScrutineer ? `${base}/steps/${step.number}` : null}
          />
        ))}
        {report.scrutineers.length > 1 ? (
          <ReportSection id="differences" title="Where the scrutineers differed">
            <Differences differences={report.differences} scrutineers={report.scrutineers} />
          </ReportSection>
        ) : null}
        <ReportSection id="self-assessment" title="Self-assessment beside independent scrutiny">
          <SelfBeside data={report.selfAssessment} />
        </ReportSection>
        <ReportSection id="trends" title="Trends">
          <Trends trends={report.trends} />
        </ReportSection>
        <ReportSection id="accuracy" title="Factual accuracy">
          <AccuracyComments accuracy={report.accuracy} />
          {viewer.isScrutineer || viewer.canComment ? (
            <WriteLink href={`${base}/accuracy`}>
              {viewer.isScrutineer
                ? "Go to the factual-accuracy check"
                : "Comment on factual accuracy"}
            </WriteLink>
          ) : null}
        </ReportSection>
        <ReportSection id="challenges" title="Challenges">
          <ChallengesSummary
            challenges={report.challenges}
            logHref={`${assessmentHref}/challenges`}
          />
        </ReportSection>
        <ReportSection id="framework" title="The framework">
          <p className="max-w-3xl">
            This scrutiny used {framework.title} ({framework.label}).
          </p>
          <p className="max-w-3xl text-muted">Source: {framework.citation}</p>
          {framework.attribution ? <p className="max-w-3xl">{framework.attribution}</p> : null}
        </ReportSection>
      </div>
    </div>
  );
}
