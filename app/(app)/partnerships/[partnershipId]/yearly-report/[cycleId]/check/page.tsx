import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatOn } from "@/components/report/format";
import { CheckList } from "@/components/yearly-report/check-list";
import { NotShared } from "@/components/yearly-report/not-shared";
import { SectionHeader, yearlyBase } from "@/components/yearly-report/section-header";
import { ShareForm } from "@/components/yearly-report/share-form";
import { requirePageAccess } from "@/lib/authz/guard";
import { getYearlyReportPage } from "@/lib/data/yearly-report";
import { sectionEditable, YEARLY_MESSAGES } from "@/lib/domain/yearly-report-drafting";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Yearly report: check the scrutiny section" };

/** The whole section to check, part by part, and sharing it with the independent scrutineer. */
export default async function YearlyCheckPage({
  params,
}: {
  params: Promise<{ partnershipId: string; cycleId: string }>;
}) {
  const { partnershipId, cycleId } = await params;
  if (!isUuid(cycleId)) notFound();
  await requirePageAccess(partnershipId, "yearly-report.view");
  const facts = await getYearlyReportPage(partnershipId, cycleId);
  if (!facts) return <NotShared partnershipId={partnershipId} />;
  const base = `${yearlyBase(partnershipId)}/${cycleId}`;
  const { section, viewer } = facts;
  const editable = viewer.canEdit && section !== null && sectionEditable(section.status);
  return (
    <>
      <SectionHeader
        back={{ href: base, label: "Back to the section" }}
        cycleName={facts.cycle.name}
      >
        {editable ? "Check the section before you share it" : "The whole section"}
      </SectionHeader>
      <div className="max-w-4xl space-y-8">
        {section ? (
          <CheckList texts={section.texts} base={base} canChange={editable} />
        ) : (
          <p className="text-lg">{YEARLY_MESSAGES.notStarted}</p>
        )}
        {section && editable ? (
          <section aria-labelledby="share-heading" className="max-w-3xl space-y-3">
            <h2 id="share-heading" className="text-2xl font-bold">
              Share with the independent scrutineer
            </h2>
            {section.sharedWithScrutineerAt ? (
              <p>
                You shared it on{" "}
                <time dateTime={section.sharedWithScrutineerAt}>
                  {formatOn(section.sharedWithScrutineerAt)}
                </time>
                . Share it again after changes to record the new date.
              </p>
            ) : (
              <p>
                Once every part is written, share the section with the independent scrutineer (seed
                001 Section 6, questions 16 and 17). They can read it from then on; the date is
                recorded.
              </p>
            )}
            <ShareForm partnershipId={partnershipId} cycleId={cycleId} />
          </section>
        ) : null}
        {section && viewer.canEdit && !sectionEditable(section.status) ? (
          <p className="text-muted">{YEARLY_MESSAGES.locked}</p>
        ) : null}
      </div>
    </>
  );
}
