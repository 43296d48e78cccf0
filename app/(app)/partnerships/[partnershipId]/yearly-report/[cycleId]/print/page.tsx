import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/report/print-button";
import { ExportSection } from "@/components/yearly-report/export-section";
import { NotShared } from "@/components/yearly-report/not-shared";
import { yearlyBase } from "@/components/yearly-report/section-header";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getYearlyReportPrint } from "@/lib/data/yearly-report-export";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Yearly report: scrutiny section to print" };

/**
 * The scrutiny section as one print-friendly page: the same headings, text and tables as the Word
 * document and the PDF, without the app's navigation on paper. "Print or save as PDF" opens the
 * browser's print dialogue.
 */
export default async function YearlySectionPrintPage({
  params,
}: {
  params: Promise<{ partnershipId: string; cycleId: string }>;
}) {
  const { partnershipId, cycleId } = await params;
  if (!isUuid(cycleId)) notFound();
  await requirePageAccess(partnershipId, "yearly-report.export");
  const printed = await getYearlyReportPrint(partnershipId, cycleId);
  if (!printed) return <NotShared partnershipId={partnershipId} />;
  const { facts, section } = printed;
  return (
    <article className="space-y-8 print:space-y-6 print:text-[11pt]">
      <div className="space-y-4 print:hidden">
        <p>
          <Link href={`${yearlyBase(partnershipId)}/${cycleId}`} className="text-brand underline">
            Back to the scrutiny section for {facts.cycle.name}
          </Link>
        </p>
        <p className="max-w-3xl">
          This page has the same content as the Word and PDF downloads. In the print dialogue you
          can choose &ldquo;Save as PDF&rdquo;.
        </p>
        <p>
          <PrintButton>Print or save as PDF</PrintButton>
        </p>
      </div>
      <header className="max-w-4xl">
        <PageHeading caption={`${facts.cycle.name} · Yearly report · Scrutiny section`}>
          {section.title}
        </PageHeading>
        <p className="text-lg">{section.status}</p>
      </header>
      <ExportSection parts={section.parts} />
    </article>
  );
}
