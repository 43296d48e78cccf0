import type { Metadata } from "next";
import { ArrangementList } from "@/components/arrangements/arrangement-list";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getArrangements } from "@/lib/data/arrangements";
import { parseQuestionNumber } from "@/lib/domain/arrangements";

export const metadata: Metadata = { title: "Scrutiny arrangements" };

export default async function ArrangementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "arrangements.view");
  const { questions, canEdit } = await getArrangements(partnershipId);
  const { saved } = await searchParams;
  const savedNumber = typeof saved === "string" ? parseQuestionNumber(saved) : null;
  const answered = questions.filter((q) => q.answer !== null).length;

  return (
    <div className="space-y-8">
      {savedNumber ? (
        <Notice title="Answer saved" tone="success">
          <p>
            Your answer to{" "}
            <a href={`#question-${savedNumber}`} className="text-brand underline">
              question {savedNumber}
            </a>{" "}
            was saved.
          </p>
        </Notice>
      ) : null}
      <div>
        <PageHeading caption={membership.partnershipName}>Scrutiny arrangements</PageHeading>
        <div className="max-w-3xl space-y-4">
          <p>
            How the partnership’s independent scrutiny is arranged: the {questions.length} context
            questions from the Six Steps for Independent Scrutiny. The answers are shown in the
            scrutiny report and included in the annual report.
          </p>
          <p className="font-bold">
            {answered} of {questions.length} questions answered
          </p>
          {canEdit ? null : (
            <p className="text-muted">
              The business manager and the independent scrutineers record the answers.
            </p>
          )}
        </div>
      </div>
      <ArrangementList partnershipId={partnershipId} questions={questions} canEdit={canEdit} />
    </div>
  );
}
