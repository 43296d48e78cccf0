import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotShared } from "@/components/yearly-report/not-shared";
import { PublishForm } from "@/components/yearly-report/publication-publish-form";
import { RecipientsSent } from "@/components/yearly-report/publication-recipients-sent";
import { SectionStatusTag } from "@/components/yearly-report/publication-tags";
import { SectionHeader, yearlyBase } from "@/components/yearly-report/section-header";
import { requirePageAccess } from "@/lib/authz/guard";
import { getPublicationView } from "@/lib/data/yearly-report-sign-off";
import { sectionVisibleTo } from "@/lib/domain/yearly-report-drafting";
import { SUBMISSION_DAYS } from "@/lib/domain/yearly-report-publication";
import { formatLongDate } from "@/lib/domain/yearly-report-publication-input";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Yearly report: publication" };

/** The publication as recorded (or the form to record it) and the date sent to each recipient. */
export default async function PublicationPage({
  params,
}: {
  params: Promise<{ partnershipId: string; cycleId: string }>;
}) {
  const { partnershipId, cycleId } = await params;
  if (!isUuid(cycleId)) notFound();
  const { membership } = await requirePageAccess(partnershipId, "yearly-report.view");
  const view = await getPublicationView(partnershipId, cycleId);
  if (!view) notFound();
  if (!sectionVisibleTo(membership.role, view.status))
    return <NotShared partnershipId={partnershipId} />;
  const base = `${yearlyBase(partnershipId)}/${cycleId}`;
  const { publication } = view;
  return (
    <>
      <SectionHeader
        back={{ href: base, label: "Back to the section" }}
        cycleName={view.cycle.name}
      >
        Publication
      </SectionHeader>
      <div className="max-w-3xl space-y-8">
        <p className="text-lg">
          Publishing happens outside the app: the partnership puts the yearly report on its website.
          Record here when it was published, the link to it and where it was presented, then the
          date it was sent to each recipient (within {SUBMISSION_DAYS} days).
        </p>
        <p>
          Status: <SectionStatusTag status={view.status} />
        </p>
        {publication ? (
          <dl className="border-t border-[#b1b4b6]">
            {(
              [
                ["Published on", formatLongDate(publication.publishedOn)],
                [
                  "Link",
                  publication.publishedUrl ? (
                    <a key="link" href={publication.publishedUrl} className="text-brand underline">
                      {publication.publishedUrl}
                    </a>
                  ) : (
                    "Not recorded"
                  ),
                ],
                ["Where it was presented", publication.presentedAt ?? "Not recorded"],
              ] as Array<[string, React.ReactNode]>
            ).map(([key, value]) => (
              <div
                key={key}
                className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[14rem_1fr]"
              >
                <dt className="font-bold">{key}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        ) : view.status === "SIGNED_OFF" && view.stillToSign.length === 0 ? (
          view.canPublish ? (
            <section aria-labelledby="publish-heading" className="space-y-4">
              <h2 id="publish-heading" className="text-2xl font-bold">
                Record the publication
              </h2>
              <PublishForm partnershipId={partnershipId} cycleId={cycleId} />
            </section>
          ) : (
            <p>Signed off and waiting to be published.</p>
          )
        ) : view.status === null ? (
          <p>
            The section for {view.cycle.name} has not been started.{" "}
            <Link href={base} className="text-brand underline">
              Go to the section
            </Link>
          </p>
        ) : (
          <p>
            Every statutory partner must sign off the section before it is published.
            {view.stillToSign.length > 0
              ? ` Still to sign off: ${view.stillToSign.join(", ")}.`
              : ""}{" "}
            <Link href={`${base}/sign-off`} className="text-brand underline">
              Sign-off by the statutory partners
            </Link>
          </p>
        )}
        <section aria-labelledby="sent-heading" className="space-y-4">
          <h2 id="sent-heading" className="text-2xl font-bold">
            Sent to each recipient
          </h2>
          {view.recipients.length === 0 ? (
            <p>There are no recipients in the list.</p>
          ) : (
            <RecipientsSent partnershipId={partnershipId} view={view} />
          )}
          {view.canPublish ? (
            <p>
              <Link
                href={`${yearlyBase(partnershipId)}/recipients`}
                className="text-brand underline"
              >
                Change who the yearly report is sent to
              </Link>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
