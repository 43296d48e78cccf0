import { notFound } from "next/navigation";
import { isUuid } from "@/lib/validation";
import type { Metadata } from "next";
import Link from "next/link";
import { RemindForm } from "@/components/returns/remind-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getRemindView } from "@/lib/data/return-reminders";
import { RETURN_REMINDER_WINDOW_DAYS } from "@/lib/domain/return-reminders";

export const metadata: Metadata = { title: "Remind organisations about their returns" };

/** The business manager chooses organisations and sends each a reminder about its return now. */
export default async function RemindPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
  searchParams: Promise<{ select?: string | string[] }>;
}) {
  const { partnershipId, assessmentId } = await params;
  const { select } = await searchParams;
  if (!isUuid(assessmentId)) notFound();
  const { membership } = await requirePageAccess(partnershipId, "returns.manage");
  const { assessment, organisations } = await getRemindView(partnershipId, assessmentId);
  const returns = `/partnerships/${partnershipId}/assessments/${assessmentId}/returns`;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={returns} className="text-brand underline">
          Back to the returns
        </Link>
      </p>
      <PageHeading caption={`${membership.partnershipName} · ${assessment.title}`}>
        Remind organisations about their returns
      </PageHeading>
      <p className="text-lg">
        Reminders also go automatically, until the return is signed off: once in the{" "}
        {RETURN_REMINDER_WINDOW_DAYS} days before its deadline and once after the deadline has
        passed (again if the deadline is moved). Every reminder is listed on the organisation&apos;s
        return.
      </p>
      {assessment.status === "FINALISED" ? (
        <p>This self-assessment is finalised: its returns can no longer be chased.</p>
      ) : organisations.length === 0 ? (
        <p>
          No organisations are taking part yet.{" "}
          <Link href={`${returns}/add`} className="text-brand underline">
            Add an organisation
          </Link>
          .
        </p>
      ) : (
        <RemindForm
          partnershipId={partnershipId}
          assessmentId={assessmentId}
          organisations={organisations}
          preselect={select === "overdue" ? "overdue" : "none"}
        />
      )}
    </div>
  );
}
