import Link from "next/link";
import { cell } from "@/components/ui/data-table";
import { ActionStatusTag } from "@/components/actions/action-status-tag";
import {
  TRACKER_COLUMNS,
  trackerQuery,
  type TrackerColumn,
  type TrackerFilters,
  type TrackerRow,
} from "@/lib/domain/action-filters";
import { TrackerSelectBox } from "./tracker-reassign-form";

/** A sortable column's heading: a link that sorts by it (or reverses the order when it is sorted). */
function SortHeading({
  column,
  filters,
  base,
}: {
  column: TrackerColumn & { sort: NonNullable<TrackerColumn["sort"]> };
  filters: TrackerFilters;
  base: string;
}) {
  const sorted = filters.sort === column.sort;
  const next = sorted && filters.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      className={`${cell} font-bold`}
      aria-sort={sorted ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={`${base}${trackerQuery(filters, { sort: column.sort, dir: next, selectAll: false })}`}
        className="text-brand underline"
      >
        {column.heading}
        <span className="sr-only">
          {sorted
            ? `, sorted ${filters.dir === "asc" ? "ascending" : "descending"}. Sort ${next === "asc" ? "ascending" : "descending"}`
            : ". Sort by this column"}
        </span>
      </Link>
      {sorted ? (
        <span aria-hidden="true" className="ml-1">
          {filters.dir === "asc" ? "▲" : "▼"}
        </span>
      ) : null}
    </th>
  );
}

/**
 * The tracker's table: the columns of lib/domain/action-filters.ts `TRACKER_COLUMNS`, in the same
 * words as the exports, with the status as a tag (in words). `selectable` adds a checkbox per row
 * for bulk reassignment (inside TrackerReassignForm).
 */
export function TrackerTable({
  partnershipId,
  rows,
  filters,
  selectable,
}: {
  partnershipId: string;
  rows: TrackerRow[];
  filters: TrackerFilters;
  selectable: boolean;
}) {
  const base = `/partnerships/${partnershipId}/actions`;
  const caption = rows.length === 1 ? "1 action" : `${rows.length} actions`;
  return (
    <div role="region" aria-label="Actions" tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        <caption className="sr-only">{caption}, with links to sort by column</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className={`${cell} font-bold`}>
                Select
              </th>
            ) : null}
            {TRACKER_COLUMNS.map((column) =>
              column.sort ? (
                <SortHeading
                  key={column.key}
                  column={column as TrackerColumn & { sort: NonNullable<TrackerColumn["sort"]> }}
                  filters={filters}
                  base={base}
                />
              ) : (
                <th key={column.key} scope="col" className={`${cell} font-bold`}>
                  {column.heading}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {selectable ? (
                <td className={cell}>
                  <TrackerSelectBox id={row.id} description={row.description} />
                </td>
              ) : null}
              {TRACKER_COLUMNS.map((column) => (
                <td
                  key={column.key}
                  className={`${cell} ${column.key === "due" ? "whitespace-nowrap" : ""} ${column.key === "action" ? "min-w-64" : ""}`}
                >
                  {column.key === "action" ? (
                    <Link href={`${base}/${row.id}`} className="text-brand underline">
                      {column.text(row)}
                    </Link>
                  ) : column.key === "status" ? (
                    <ActionStatusTag status={row.displayStatus} />
                  ) : column.key === "due" ? (
                    <time dateTime={row.dueOn}>{column.text(row)}</time>
                  ) : (
                    column.text(row)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
