import type { Metadata } from "next";
import Link from "next/link";
import { AccessLogFilterForm } from "@/components/access-log/filter-form";
import { AccessLogTable } from "@/components/access-log/access-log-table";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePageAccess } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { getAccessLogPage } from "@/lib/data/access-log";
import {
  ACCESS_LOG_PAGE_SIZE,
  accessLogQuery,
  parseAccessLogFilters,
} from "@/lib/domain/access-log-filters";

export const metadata: Metadata = { title: "Access log" };

export default async function AccessLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { partnershipId } = await params;
  const { membership } = await requirePageAccess(partnershipId, "accessLog.view");
  const { filters, errors } = parseAccessLogFilters(await searchParams);
  const log = await getAccessLogPage(partnershipId, filters);
  const base = `/partnerships/${partnershipId}/access-log`;
  const first = (log.page - 1) * ACCESS_LOG_PAGE_SIZE + 1;

  return (
    <>
      <PageHeading caption={membership.partnershipName}>Access log</PageHeading>
      <p className="mb-6 max-w-3xl">
        Who has had access to this partnership&apos;s information, and what they did: what they
        viewed or exported, signing in and out, and changes to records. Times are UK time. Entries
        cannot be changed or deleted.
      </p>
      <ErrorSummary fieldErrors={errors} labels={{ from: "From", to: "To" }} />
      <AccessLogFilterForm filters={filters} errors={errors} action={base} />
      <div className="my-6 flex flex-wrap items-baseline justify-between gap-4">
        <p role="status">
          {log.entries.length === 0
            ? log.page > 1
              ? "There are no entries on this page."
              : "No entries match these filters."
            : `Showing ${first} to ${first + log.entries.length - 1} of ${log.total} entries`}
        </p>
        {can(membership.role, "accessLog.export") ? (
          <a
            href={`${base}/export${accessLogQuery(filters, 1)}`}
            className="text-brand underline"
            download
          >
            Download as CSV<span className="sr-only"> (all entries matching these filters)</span>
          </a>
        ) : null}
      </div>
      {log.entries.length > 0 ? (
        <AccessLogTable entries={log.entries} partnershipId={partnershipId} />
      ) : null}
      {log.pageCount > 1 ? (
        <nav aria-label="Pages of the access log" className="mt-6 flex gap-6">
          {log.page > 1 ? (
            <Link
              href={`${base}${accessLogQuery(filters, log.page - 1)}`}
              className="text-brand underline"
            >
              Previous page
            </Link>
          ) : null}
          <span>
            Page {log.page} of {log.pageCount}
          </span>
          {log.page < log.pageCount ? (
            <Link
              href={`${base}${accessLogQuery(filters, log.page + 1)}`}
              className="text-brand underline"
            >
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
