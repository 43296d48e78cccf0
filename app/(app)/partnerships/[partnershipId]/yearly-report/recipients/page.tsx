import type { Metadata } from "next";
import Link from "next/link";
import { AddRecipientForm } from "@/components/yearly-report/publication-add-recipient-form";
import { RecipientRow } from "@/components/yearly-report/publication-recipient-row";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { listPublicationRecipients } from "@/lib/data/yearly-report-publication";
import { SUBMISSION_DAYS } from "@/lib/domain/yearly-report-publication";

export const metadata: Metadata = { title: "Yearly report: who it is sent to" };

/** The bodies the published yearly report is sent to, which the business manager can change. */
export default async function RecipientsPage({
  params,
}: {
  params: Promise<{ partnershipId: string }>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "yearly-report.view");
  const { recipients, canManage } = await listPublicationRecipients(partnershipId);
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link
          href={`/partnerships/${partnershipId}/yearly-report`}
          className="text-brand underline"
        >
          Back to the yearly report
        </Link>
      </p>
      <PageHeading caption={`${membership.partnershipName} · Yearly report`}>
        Who the yearly report is sent to
      </PageHeading>
      <p className="text-lg">
        The published yearly report must be sent to these national bodies within {SUBMISSION_DAYS}{" "}
        days. The list starts with the two named in the statutory guidance; later guidance changed
        the second, so you can change it.
      </p>
      {recipients.length === 0 ? <p>There are no recipients in the list.</p> : null}
      {canManage ? (
        <>
          {recipients.length > 0 ? (
            <ul className="space-y-8">
              {recipients.map((recipient) => (
                <RecipientRow
                  key={recipient.id}
                  partnershipId={partnershipId}
                  recipient={recipient}
                />
              ))}
            </ul>
          ) : null}
          <section aria-labelledby="add-heading" className="space-y-4">
            <h2 id="add-heading" className="text-2xl font-bold">
              Add a recipient
            </h2>
            <AddRecipientForm partnershipId={partnershipId} />
          </section>
        </>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {recipients.map((recipient) => (
            <li key={recipient.id}>{recipient.name}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
