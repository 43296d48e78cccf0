import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TrackerCounts } from "@/components/actions/tracker-counts";
import { TrackerFilterForm } from "@/components/actions/tracker-filter-form";
import { TrackerReassignForm } from "@/components/actions/tracker-reassign-form";
import { TrackerTable } from "@/components/actions/tracker-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { getTrackerOptions, getTrackerRows } from "@/lib/data/action-tracker";
import { parseTrackerFilters, trackerQuery } from "@/lib/domain/action-filters";
import { isUuid } from "@/lib/validation";

export const metadata: Metadata = { title: "Actions" };

export default async function ActionTrackerPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId } = await params;
  if (!isUuid(partnershipId)) notFound();
  const { membership } = await requirePageAccess(partnershipId, "action.view");
  const filters = parseTrackerFilters(await searchParams);
  const [{ rows, counts }, options] = await Promise.all([
    getTrackerRows(partnershipId, filters),
    getTrackerOptions(partnershipId),
  ]);
  const base = `/partnerships/${partnershipId}/actions`;
  const filtered = trackerQuery({ ...filters, sort: "due", dir: "asc", selectAll: false }) !== "";
  const agencyOnly =
    membership.role === "AGENCY_RESPONDENT" || membership.role === "AGENCY_CONTRIBUTOR";
  const exportQuery = (format: "csv" | "xlsx") =>
    `${base}/export${trackerQuery({ ...filters, selectAll: false }, { format })}`;

  const table = (
    <TrackerTable
      partnershipId={partnershipId}
      rows={rows}
      filters={filters}
      selectable={options.canReassign}
    />
  );

  return (
    <>
      <PageHeading caption={membership.partnershipName}>Actions</PageHeading>
      <p className="mb-4 max-w-3xl">
        The partnership&apos;s one improvement plan: every action raised from a Six Steps answer, a
        scrutiny challenge, a case review recommendation or an audit or inspection finding, with its
        owner and due date. An action is overdue from the day after its due date (UK time) until it
        is complete.
      </p>
      {agencyOnly ? (
        <Notice title="Your organisation's actions">
          <p>You can see the actions your organisation owns.</p>
        </Notice>
      ) : null}
      {options.canCreate ? (
        <p className="mb-6">
          <Link
            href={`${base}/new`}
            className="inline-block bg-[#00703c] px-4 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]"
          >
            Raise an action
          </Link>
        </p>
      ) : null}
      <TrackerCounts counts={counts} filtered={filtered} />
      <TrackerFilterForm filters={filters} options={options} action={base} />
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <p role="status">
          {rows.length === 0
            ? filtered
              ? "No actions match these filters."
              : "There are no actions yet."
            : rows.length === 1
              ? "Showing 1 action"
              : `Showing ${rows.length} actions`}
        </p>
        {rows.length > 0 ? (
          <ul className="flex flex-wrap gap-6">
            <li>
              <a href={exportQuery("csv")} className="text-brand underline" download>
                Download as CSV<span className="sr-only"> (the actions shown, in this order)</span>
              </a>
            </li>
            <li>
              <a href={exportQuery("xlsx")} className="text-brand underline" download>
                Download as Excel (XLSX)
                <span className="sr-only"> (the actions shown, in this order)</span>
              </a>
            </li>
          </ul>
        ) : null}
      </div>
      {rows.length === 0 ? null : options.canReassign ? (
        <>
          <p className="mb-4">
            {filters.selectAll ? (
              <Link
                href={`${base}${trackerQuery({ ...filters, selectAll: false })}`}
                className="text-brand underline"
              >
                Clear the selection
              </Link>
            ) : (
              <Link
                href={`${base}${trackerQuery({ ...filters, selectAll: true })}`}
                className="text-brand underline"
              >
                Select all {rows.length === 1 ? "1 action" : `${rows.length} actions`} shown
              </Link>
            )}
          </p>
          <TrackerReassignForm
            partnershipId={partnershipId}
            members={options.members}
            organisations={options.organisations}
            selectAll={filters.selectAll}
          >
            {table}
          </TrackerReassignForm>
        </>
      ) : (
        table
      )}
    </>
  );
}
