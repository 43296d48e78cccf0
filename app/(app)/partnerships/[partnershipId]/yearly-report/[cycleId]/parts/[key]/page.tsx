import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotShared } from "@/components/yearly-report/not-shared";
import { PartForm } from "@/components/yearly-report/part-form";
import { PartNav, PartRequirement } from "@/components/yearly-report/part-requirement";
import { SectionHeader, yearlyBase } from "@/components/yearly-report/section-header";
import { StartSectionForm } from "@/components/yearly-report/start-section-form";
import { requirePageAccess } from "@/lib/authz/guard";
import { getYearlyReportPage } from "@/lib/data/yearly-report";
import {
  isPartKey,
  sectionEditable,
  YEARLY_MESSAGES,
  yearlyPart,
} from "@/lib/domain/yearly-report-drafting";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Yearly report: a part of the scrutiny section" };

/** One part of the section: what it must cover, the app's suggestion and the text. */
export default async function YearlyPartPage({
  params,
}: {
  params: Promise<{ partnershipId: string; cycleId: string; key: string }>;
}) {
  const { partnershipId, cycleId, key } = await params;
  if (!isUuid(cycleId) || !isPartKey(key)) notFound();
  await requirePageAccess(partnershipId, "yearly-report.view");
  const facts = await getYearlyReportPage(partnershipId, cycleId);
  if (!facts) return <NotShared partnershipId={partnershipId} />;
  const part = yearlyPart(key);
  const base = `${yearlyBase(partnershipId)}/${cycleId}`;
  const { section, viewer } = facts;
  const editable = viewer.canEdit && section !== null && sectionEditable(section.status);
  const text = section?.texts[key] ?? null;

  return (
    <>
      <SectionHeader
        back={{ href: base, label: "Back to the section" }}
        cycleName={facts.cycle.name}
      >
        {part.heading}
      </SectionHeader>
      <div className="max-w-3xl space-y-8">
        <PartRequirement part={part} />
        {section === null ? (
          viewer.canEdit ? (
            <div className="space-y-3">
              <p className="text-lg">Start the section before you write its parts.</p>
              <StartSectionForm partnershipId={partnershipId} cycleId={cycleId} />
            </div>
          ) : (
            <p className="text-lg">The business manager has not started this section yet.</p>
          )
        ) : editable ? (
          <PartForm
            partnershipId={partnershipId}
            cycleId={cycleId}
            part={key}
            saved={{ text, version: section.version }}
            suggestion={facts.suggestions[key]}
            base={base}
          />
        ) : (
          <section aria-labelledby="text-heading" className="space-y-3">
            <h2 id="text-heading" className="text-2xl font-bold">
              What the section says
            </h2>
            {text ? (
              <p className="whitespace-pre-line text-lg">{text}</p>
            ) : (
              <p className="text-lg">This part has not been written yet.</p>
            )}
            {viewer.canEdit && !sectionEditable(section.status) ? (
              <p className="text-muted">{YEARLY_MESSAGES.locked}</p>
            ) : null}
          </section>
        )}
      </div>
      <PartNav base={base} current={key} />
    </>
  );
}
