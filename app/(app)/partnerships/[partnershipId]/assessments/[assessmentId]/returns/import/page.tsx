import type { Metadata } from "next";
import Link from "next/link";
import { ImportReturnsForm } from "@/components/returns/import-returns-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getReturnsGrid } from "@/lib/data/returns";
import { orNotFound } from "@/lib/data/returns-page";
import { ORGANISATION_KIND_LABELS } from "@/lib/domain/arrangements";
import {
  RETURNS_CSV_COLUMNS,
  RETURNS_CSV_EXAMPLE,
  RETURNS_CSV_MAX_ROWS,
} from "@/lib/domain/returns-csv";

export const metadata: Metadata = { title: "Add organisations from a CSV file" };

export default async function ImportReturnsPage({
  params,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
}) {
  const { partnershipId, assessmentId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "returns.manage");
  const grid = await orNotFound([assessmentId], () => getReturnsGrid(partnershipId, assessmentId));
  const gridUrl = `/partnerships/${partnershipId}/assessments/${assessmentId}/returns`;
  const example = `data:text/csv;charset=utf-8,${encodeURIComponent(RETURNS_CSV_EXAMPLE)}`;
  return (
    <>
      <p className="mb-4">
        <Link href={gridUrl} className="text-brand underline">
          Back to the returns
        </Link>
      </p>
      <PageHeading caption={`${membership.partnershipName} · ${grid.assessment.title}`}>
        Add organisations from a CSV file
      </PageHeading>
      <div className="mb-8 max-w-2xl space-y-4 text-lg">
        <p>
          One row per organisation, up to {RETURNS_CSV_MAX_ROWS}. The first row must be the
          headings:
        </p>
        <pre className="overflow-x-auto border-l-4 border-[#b1b4b6] bg-white p-3 text-base">
          {RETURNS_CSV_COLUMNS.join(",")}
        </pre>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <strong>organisation</strong>: one of the partnership&apos;s organisations, or a new
            relevant agency, which is added to the partnership
          </li>
          <li>
            <strong>kind</strong>: one of{" "}
            {Object.values(ORGANISATION_KIND_LABELS)
              .map((label) => label.toLowerCase())
              .join(", ")}
          </li>
          <li>
            <strong>respondent name</strong> and <strong>respondent email</strong>: the person who
            answers for it, invited as its agency respondent unless they already are
          </li>
          <li>
            <strong>deadline</strong>: written 31/03/2027 or 2027-03-31
          </li>
        </ul>
        <p>
          Every row is checked first. If any row has a problem, nothing is added and every problem
          is listed by row and column.
        </p>
        <p>
          <a href={example} download="returns-example.csv" className="text-brand underline">
            Download an example CSV file
          </a>
        </p>
      </div>
      {grid.assessment.status === "FINALISED" ? (
        <p className="text-lg">This self-assessment is finalised: no organisation can be added.</p>
      ) : (
        <ImportReturnsForm
          partnershipId={partnershipId}
          assessmentId={assessmentId}
          gridUrl={gridUrl}
        />
      )}
    </>
  );
}
