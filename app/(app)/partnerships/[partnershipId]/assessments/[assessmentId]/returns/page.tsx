import type { Metadata } from "next";
import Link from "next/link";
import { ReturnsCounts } from "@/components/returns/returns-counts";
import { ReturnsTable } from "@/components/returns/returns-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getReturnsGrid } from "@/lib/data/returns";
import { orNotFound } from "@/lib/data/returns-page";

export const metadata: Metadata = { title: "Returns" };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The returns manager: who has returned, with counts, and the ways to add and chase organisations. */
export default async function ReturnsPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; assessmentId: string }>;
  searchParams: Promise<{ imported?: string | string[]; unsent?: string | string[] }>;
}) {
  const { partnershipId, assessmentId } = await params;
  const { imported, unsent } = await searchParams;
  const { membership } = await requirePageAccess(partnershipId, "returns.view");
  const grid = await orNotFound([assessmentId], () => getReturnsGrid(partnershipId, assessmentId));
  const assessmentUrl = `/partnerships/${partnershipId}/assessments/${assessmentId}`;
  const base = `${assessmentUrl}/returns`;
  const open = grid.assessment.status === "IN_PROGRESS";
  const count = Number(one(imported));
  return (
    <>
      <p className="mb-4">
        <Link href={assessmentUrl} className="text-brand underline">
          Back to {grid.assessment.title}
        </Link>
      </p>
      <PageHeading caption={`${membership.partnershipName} · ${grid.assessment.title}`}>
        Returns
      </PageHeading>
      {count > 0 ? (
        <Notice title="Organisations added" tone="success">
          <p>
            {count} {count === 1 ? "organisation was" : "organisations were"} added from the CSV
            file, and their respondents invited.
            {one(unsent)
              ? " Some invitation emails could not be sent: withdraw those invitations from the members list and send them again."
              : ""}
          </p>
        </Notice>
      ) : null}
      {!open ? (
        <Notice title="Finalised">
          <p>This self-assessment is finalised: its returns can no longer change.</p>
        </Notice>
      ) : null}
      <ReturnsCounts counts={grid.counts} total={grid.rows.length} />
      {open ? (
        <ul className="mb-8 space-y-2 text-lg" aria-label="Manage the returns">
          <li>
            <Link href={`${base}/add`} className="font-bold text-brand underline">
              Add an organisation
            </Link>
          </li>
          <li>
            <Link href={`${base}/import`} className="font-bold text-brand underline">
              Add organisations from a CSV file
            </Link>
          </li>
          <li>
            <Link href={`${base}/remind`} className="font-bold text-brand underline">
              Send a reminder
            </Link>
          </li>
        </ul>
      ) : null}
      {grid.rows.length === 0 ? (
        <p className="text-lg">No organisation is taking part yet.</p>
      ) : (
        <ReturnsTable rows={grid.rows} base={base} />
      )}
    </>
  );
}
