import Link from "next/link";
import { cell, DataTable } from "@/components/ui/data-table";
import type { PublicationTracker, TrackerCycle } from "@/lib/data/yearly-report-publication";
import { formatLongDate } from "@/lib/domain/yearly-report-publication-input";
import { SectionStatusTag, SubmissionTag } from "./publication-tags";

const link = "font-bold text-brand underline";

function CycleCell({
  base,
  cycle,
  canEdit,
}: {
  base: string;
  cycle: TrackerCycle;
  canEdit: boolean;
}) {
  const href = `${base}/${cycle.cycleId}`;
  if (cycle.section)
    return (
      <Link href={href} className={link}>
        {cycle.cycleName}
        <span className="sr-only"> scrutiny section</span>
      </Link>
    );
  return (
    <>
      <span className="block font-bold">{cycle.cycleName}</span>
      {canEdit ? (
        <Link href={href} className="text-brand underline">
          Start the section for {cycle.cycleName}
        </Link>
      ) : null}
    </>
  );
}

/**
 * Per cycle (newest first): the section's status, where it was presented, when it was published
 * and, for each recipient, whether it was sent within seven days.
 */
export function PublicationTrackerTable({
  partnershipId,
  tracker,
}: {
  partnershipId: string;
  tracker: PublicationTracker;
}) {
  const base = `/partnerships/${partnershipId}/yearly-report`;
  return (
    <DataTable
      caption="Scrutiny section by cycle"
      captionHidden
      headings={[
        "Cycle",
        "Status",
        "Where presented",
        "Published",
        ...tracker.recipients.map((r) => `Sent to ${r.name}`),
      ]}
    >
      {tracker.cycles.map((cycle) => {
        const section = cycle.section;
        const sent = new Map(section?.sent.map((s) => [s.recipientId, s.status]));
        return (
          <tr key={cycle.cycleId}>
            <td className={cell}>
              <CycleCell base={base} cycle={cycle} canEdit={tracker.canEdit} />
            </td>
            <td className={cell}>
              <SectionStatusTag status={section?.status ?? null} />
              {section && section.status !== "PUBLISHED" && section.status !== "DRAFT" ? (
                <span className="block">
                  {section.signedOff} of {tracker.statutoryPartners} statutory partners signed off
                </span>
              ) : null}
            </td>
            <td className={cell}>{section?.presentedAt ?? "Not yet"}</td>
            <td className={cell}>
              {section?.publishedOn ? (
                <>
                  {formatLongDate(section.publishedOn)}
                  {section.publishedUrl ? (
                    <a href={section.publishedUrl} className="block text-brand underline">
                      The published report<span className="sr-only"> for {cycle.cycleName}</span>
                    </a>
                  ) : null}
                </>
              ) : (
                "Not yet"
              )}
            </td>
            {tracker.recipients.map((recipient) => {
              const status = sent.get(recipient.id);
              return (
                <td key={recipient.id} className={cell}>
                  {status ? <SubmissionTag status={status} /> : "Not published yet"}
                </td>
              );
            })}
          </tr>
        );
      })}
    </DataTable>
  );
}
