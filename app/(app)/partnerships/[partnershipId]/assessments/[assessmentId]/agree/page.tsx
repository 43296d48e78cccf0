import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreeRatingForm } from "@/components/agreement/agree-rating-form";
import { ScrutineerRatingsTable } from "@/components/agreement/scrutineer-ratings-table";
import { SignOffForm } from "@/components/agreement/sign-off-form";
import { SpreadFlag } from "@/components/agreement/spread-flag";
import { ParticipantStatusTag } from "@/components/agreement/workflow-tags";
import { formatDate } from "@/components/members/format";
import { cell, DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { RagTag } from "@/components/ui/rag-tag";
import { requirePageAccess } from "@/lib/authz/guard";
import { getAgreementView, type AgreementQuestion } from "@/lib/data/agreement";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Agree ratings and sign off" };

export default async function AgreePage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  if (!isUuid(assessmentId)) notFound();
  await requirePageAccess(partnershipId, "assessment.view");
  const view = await getAgreementView(partnershipId, assessmentId);
  const back = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const finalised = view.assessment.status === "FINALISED";
  const questions = view.steps.flatMap((step) => step.questions);
  const agreedCount = questions.filter((q) => q.agreed).length;

  return (
    <>
      <p className="mb-4">
        <Link href={back} className="text-brand underline">
          Back to {view.assessment.title}
        </Link>
      </p>
      <PageHeading caption={`${view.assessment.cycleName} · ${view.assessment.title}`}>
        {view.viewerIsLead && !finalised
          ? "Agree ratings and sign off"
          : "The scrutineers' ratings side by side"}
      </PageHeading>

      {finalised ? (
        <Notice title="Signed off">
          <p>
            This scrutiny was signed off
            {view.assessment.finalisedAt
              ? ` on ${formatDate(new Date(view.assessment.finalisedAt))}`
              : ""}
            . It is locked: its answers, ratings and evidence cannot be changed.
          </p>
        </Notice>
      ) : null}

      <div className="mb-8 max-w-3xl space-y-3 text-lg">
        {view.single ? (
          <p>
            There is one scrutineer, so the agreed rating for each question is their own. Check the
            ratings below
            {view.viewerIsLead && !finalised ? ", then sign off the scrutiny" : ""}.
          </p>
        ) : view.viewerIsLead ? (
          <p>
            For each question, compare the scrutineers&apos; ratings and rationale and save the
            agreed rating. Explain your reason whenever they differ or you agree a different rating.{" "}
            {agreedCount} of {questions.length} ratings are agreed.
          </p>
        ) : (
          <p>
            Only the lead scrutineer agrees the ratings and signs off the scrutiny. You can read
            every scrutineer&apos;s ratings and the agreed ratings here. {agreedCount} of{" "}
            {questions.length} ratings are agreed.
          </p>
        )}
        {view.viewerIsLead && !finalised ? (
          <p>
            <a href="#sign-off" className="text-brand underline">
              Go to sign-off
            </a>
          </p>
        ) : null}
      </div>

      {view.viewerIsLead && !finalised && !view.single && view.stillToSubmit.length > 0 ? (
        <Notice title="Waiting for scrutineers">
          <p>
            You can agree ratings once every scrutineer has submitted. Still to submit:{" "}
            {view.stillToSubmit.join(", ")}.
          </p>
        </Notice>
      ) : null}

      <section aria-labelledby="scrutineers-heading" id="scrutineers" className="mb-10 max-w-3xl">
        <h2 id="scrutineers-heading" className="sr-only">
          Scrutineers
        </h2>
        <DataTable caption="Scrutineers" headings={["Scrutineer", "Status", "Submitted"]}>
          {view.scrutineers.map((s) => (
            <tr key={s.participantId} id={`scrutineer-${s.participantId}`}>
              <th scope="row" className={`${cell} font-bold`}>
                {s.name}
                {s.isLead ? <span className="block font-normal text-muted">Lead</span> : null}
              </th>
              <td className={cell}>
                <ParticipantStatusTag status={s.status} />
              </td>
              <td className={cell}>{s.submittedAt ? formatDate(new Date(s.submittedAt)) : "—"}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <div className="space-y-14">
        {view.steps.map((step) => (
          <section key={step.number} aria-labelledby={`step-${step.number}-heading`}>
            <h2 id={`step-${step.number}-heading`} className="mb-6 text-3xl font-bold">
              Step {step.number}: {step.title}
            </h2>
            <div className="space-y-12">
              {step.questions.map((question) => (
                <article
                  key={question.id}
                  id={question.anchor}
                  aria-labelledby={`${question.anchor}-title`}
                  tabIndex={-1}
                  className="space-y-4 border-t-4 border-brand pt-4"
                >
                  <h3 id={`${question.anchor}-title`} className="text-xl font-bold">
                    <span className="mr-2 tabular-nums">{question.code}</span>
                    {question.text}
                  </h3>
                  {question.entries.length > 1 ? <SpreadFlag spread={question.spread} /> : null}
                  <ScrutineerRatingsTable question={question} />
                  <AgreedLine question={question} single={view.single} />
                  {view.canAgree ? (
                    <AgreeRatingForm
                      partnershipId={partnershipId}
                      assessmentId={assessmentId}
                      question={question}
                      agreed={question.agreed}
                      suggested={question.suggested}
                      reasonNeededByDefault={question.spread !== "agreed"}
                    />
                  ) : null}
                </article>
              ))}
            </div>
          </section>
        ))}
      </div>

      {view.viewerIsLead && !finalised ? (
        <section
          id="sign-off"
          aria-labelledby="sign-off-heading"
          className="mt-14 max-w-3xl space-y-4 border-t-4 border-ink pt-6"
        >
          <h2 id="sign-off-heading" className="text-3xl font-bold">
            Sign off the scrutiny
          </h2>
          {view.problems.length > 0 ? (
            <>
              <p className="text-lg">You cannot sign off yet. First:</p>
              <ul className="list-disc space-y-1 pl-6">
                {view.problems.map((problem) => (
                  <li key={problem.key}>
                    <a href={`#${problem.key}`} className="text-brand underline">
                      {problem.message}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p className="text-lg">
                Signing off finalises the scrutiny: the agreed ratings become the ones the report
                uses, and its answers, ratings and evidence are locked until a business manager or
                you reopen it.
              </p>
              <SignOffForm
                partnershipId={partnershipId}
                assessmentId={assessmentId}
                single={view.single}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}

function AgreedLine({ question, single }: { question: AgreementQuestion; single: boolean }) {
  if (question.agreed) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-lg">
        <span className="font-bold">Agreed:</span>
        <RagTag rating={question.agreed.rating} />
        {question.agreed.reason ? <span>— {question.agreed.reason}</span> : null}
        <span className="text-muted">
          —{question.agreed.agreedByName ? ` by ${question.agreed.agreedByName}` : ""} on{" "}
          {formatDate(new Date(question.agreed.agreedAt))}
        </span>
      </p>
    );
  }
  if (single && question.effective) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-lg">
        <span className="font-bold">Agreed rating (the scrutineer&apos;s own):</span>
        <RagTag rating={question.effective} />
      </p>
    );
  }
  return <p className="text-lg text-muted">No rating agreed yet.</p>;
}
