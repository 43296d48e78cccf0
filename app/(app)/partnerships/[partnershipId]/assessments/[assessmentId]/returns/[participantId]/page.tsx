import type { Metadata } from "next";
import Link from "next/link";
import { OfflineForms } from "@/components/returns/offline-forms";
import { RemindHistory } from "@/components/returns/remind-history";
import { ReturnDeadlineForm } from "@/components/returns/return-deadline-form";
import { ReturnSignOffForm } from "@/components/returns/return-sign-off-form";
import { ReturnSummary } from "@/components/returns/return-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getReturnReminderHistory } from "@/lib/data/return-reminders";
import { getReturnDetail } from "@/lib/data/returns";
import { orNotFound } from "@/lib/data/returns-page";

export const metadata: Metadata = { title: "An organisation's return" };

/**
 * One organisation's return: where it stands, its deadline (the business manager changes it) and,
 * once submitted, the senior person's sign-off (its agency respondent, or the business manager).
 */
export default async function ReturnPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string; participantId: string }>;
}) {
  const { partnershipId, assessmentId, participantId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "returns.sign-off");
  const detail = await orNotFound([assessmentId, participantId], () =>
    getReturnDetail(partnershipId, assessmentId, participantId),
  );
  // The reminders sent are the business manager's record of chasing.
  const reminders = detail.canManage
    ? await getReturnReminderHistory(partnershipId, assessmentId, participantId)
    : null;
  const assessmentUrl = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const open = detail.assessment.status === "IN_PROGRESS";
  const ids = { partnershipId, assessmentId, participantId };
  return (
    <>
      <p className="mb-4">
        <Link
          href={detail.canManage ? `${assessmentUrl}/returns` : assessmentUrl}
          className="text-brand underline"
        >
          {detail.canManage ? "Back to the returns" : `Back to ${detail.assessment.title}`}
        </Link>
      </p>
      <PageHeading caption={`${membership.partnershipName} · ${detail.assessment.title}`}>
        {detail.organisationName}&apos;s return
      </PageHeading>
      <ReturnSummary detail={detail} />
      {open && detail.status === "SUBMITTED" ? (
        <section aria-labelledby="sign-off-heading" className="mb-10 space-y-4">
          <h2 id="sign-off-heading" className="text-2xl font-bold">
            Record the senior person&apos;s sign-off
          </h2>
          <ReturnSignOffForm
            {...ids}
            organisationName={detail.organisationName}
            onBehalf={detail.canManage}
          />
        </section>
      ) : null}
      {open && (detail.status === "NOT_STARTED" || detail.status === "IN_PROGRESS") ? (
        <p className="mb-8 max-w-3xl text-lg">
          The sign-off can be recorded once the answers are submitted.{" "}
          {detail.canManage ? null : (
            <Link href={assessmentUrl} className="text-brand underline">
              Answer the questions
            </Link>
          )}
        </p>
      ) : null}
      {detail.canManage && open ? (
        <section aria-labelledby="deadline-heading" className="mb-10 space-y-4">
          <h2 id="deadline-heading" className="text-2xl font-bold">
            Deadline
          </h2>
          <ReturnDeadlineForm {...ids} dueOn={detail.dueOn} />
        </section>
      ) : null}
      <div className="space-y-10">
        {reminders ? <RemindHistory reminders={reminders} /> : null}
        <OfflineForms {...ids} organisationName={detail.organisationName} showUpload={open} />
      </div>
    </>
  );
}
