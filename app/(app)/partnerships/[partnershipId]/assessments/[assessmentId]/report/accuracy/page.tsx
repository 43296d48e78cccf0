import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckControls } from "@/components/report/authoring-check-controls";
import { CheckStateTag } from "@/components/report/authoring-check-state-tag";
import { CommentForm } from "@/components/report/authoring-comment-form";
import { CommentList } from "@/components/report/authoring-comment-list";
import { ReportPageHeader } from "@/components/report/authoring-report-header";
import { requirePageAccess } from "@/lib/authz/guard";
import { getAccuracyCheckView } from "@/lib/data/report-authoring-partners";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Factual-accuracy check" };

/**
 * Before publication the statutory partners check the draft report for factual accuracy: they
 * comment per section while the lead scrutineer keeps the check open; the scrutineers decide what
 * changes. Everyone in the partnership can read the comments and decisions.
 */
export default async function AccuracyCheckPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "report.view");
  const view = await getAccuracyCheckView(partnershipId, assessmentId);
  const { viewer, state } = view;
  return (
    <>
      <ReportPageHeader partnershipId={partnershipId} assessment={view.assessment}>
        Factual-accuracy check
      </ReportPageHeader>
      <div className="max-w-3xl space-y-12">
        <section aria-labelledby="check-heading" className="space-y-4">
          <h2 id="check-heading" className="sr-only">
            The check
          </h2>
          <p className="text-lg">
            Status: <CheckStateTag state={state} />
            {state === "OPEN" && view.opened ? (
              <span className="text-muted">
                {" "}
                since <time dateTime={view.opened.at}>{view.opened.atLabel}</time>
              </span>
            ) : null}
            {state === "CLOSED" && view.closed ? (
              <span className="text-muted">
                {" "}
                on <time dateTime={view.closed.at}>{view.closed.atLabel}</time>
              </span>
            ) : null}
          </p>
          <p>
            While the check is open, the statutory partners can read the draft report and comment on
            the factual accuracy of each part of it. The scrutineers decide whether each comment
            changes the report, and say why. Comments and decisions stay on record.
          </p>
          {viewer.isLead ? (
            <>
              <p>
                {state === "OPEN"
                  ? "Close the check when the statutory partners have had time to comment: no more comments can be added after that, but you can still decide on them."
                  : "Opening the check lets the statutory partners comment until you close it."}
              </p>
              <CheckControls
                partnershipId={partnershipId}
                assessmentId={assessmentId}
                state={state}
              />
            </>
          ) : null}
        </section>

        {viewer.canComment ? (
          <section aria-labelledby="add-comment-heading" className="space-y-4">
            <h2 id="add-comment-heading" className="text-3xl font-bold">
              Add a comment
            </h2>
            {state === "OPEN" ? (
              <CommentForm
                partnershipId={partnershipId}
                assessmentId={assessmentId}
                organisations={viewer.speaksFor}
                chooseOrganisation={viewer.role === "BUSINESS_MANAGER"}
                sections={view.sections}
              />
            ) : (
              <p>
                {state === "NOT_OPENED"
                  ? "The lead scrutineer has not opened the check yet. You can comment once it is open."
                  : "The check is closed, so comments cannot be added. Ask the lead scrutineer if you need it opened again."}
              </p>
            )}
          </section>
        ) : null}

        <section aria-labelledby="comments-heading" className="space-y-6">
          <h2 id="comments-heading" className="text-3xl font-bold">
            Comments ({view.comments.length})
          </h2>
          <CommentList
            partnershipId={partnershipId}
            assessmentId={assessmentId}
            comments={view.comments}
            canDecide={viewer.isScrutineer}
          />
        </section>
      </div>
    </>
  );
}
