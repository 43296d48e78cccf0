import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { TrackerOptions } from "@/lib/data/action-tracker";
import { ACTION_SOURCE_LABELS, ACTION_SOURCES } from "@/lib/domain/actions";
import {
  ownerFilterValue,
  STATUS_FILTER_LABELS,
  STATUS_FILTERS,
  TRACKER_SORT_LABELS,
  TRACKER_SORTS,
  type TrackerFilters,
} from "@/lib/domain/action-filters";

type Option = { value: string; label: string };

/** Keeps a value chosen by address that is not among the options (a stale bookmark) selectable. */
function withCurrent(options: Option[], current: string): Option[] {
  if (!current || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: current }];
}

/** A plain GET form: the filters live in the address, so a filtered view can be bookmarked. */
export function TrackerFilterForm({
  filters,
  options,
  action,
}: {
  filters: TrackerFilters;
  options: TrackerOptions;
  action: string;
}) {
  const any = (label: string): Option => ({ value: "", label });
  return (
    <form method="get" action={action} className="mb-8 space-y-4 bg-white p-4">
      <h2 className="text-2xl font-bold">Filter actions</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select
          name="status"
          label="Status"
          defaultValue={filters.status ?? ""}
          options={[
            any("Any status"),
            ...STATUS_FILTERS.map((s) => ({ value: s, label: STATUS_FILTER_LABELS[s] })),
          ]}
        />
        <Select
          name="organisation"
          label="Owner organisation"
          defaultValue={filters.organisationId ?? ""}
          options={[any("Any organisation"), ...options.organisations]}
        />
        <Select
          name="owner"
          label="Owned by"
          defaultValue={ownerFilterValue(filters.owner)}
          options={withCurrent([any("Anyone"), ...options.owners], ownerFilterValue(filters.owner))}
        />
        <Select
          name="source"
          label="Source"
          defaultValue={filters.source ?? ""}
          options={[
            any("Any source"),
            ...ACTION_SOURCES.map((s) => ({ value: s, label: ACTION_SOURCE_LABELS[s] })),
          ]}
        />
        <Select
          name="step"
          label="Step"
          defaultValue={filters.step === null ? "" : String(filters.step)}
          options={withCurrent(
            [any("Any step"), ...options.steps],
            filters.step === null ? "" : String(filters.step),
          )}
        />
        <Select
          name="question"
          label="Question"
          defaultValue={filters.question ?? ""}
          options={withCurrent([any("Any question"), ...options.questions], filters.question ?? "")}
        />
        <Select
          name="cycle"
          label="Cycle"
          hint="Raised in the cycle or carried into it"
          defaultValue={filters.cycleId ?? ""}
          options={[any("Any cycle"), ...options.cycles]}
        />
        <Select
          name="sort"
          label="Sort by"
          defaultValue={filters.sort}
          options={TRACKER_SORTS.map((s) => ({ value: s, label: TRACKER_SORT_LABELS[s] }))}
        />
        <Select
          name="dir"
          label="Order"
          defaultValue={filters.dir}
          options={[
            {
              value: "asc",
              label: "Ascending (earliest, highest priority or most pressing first)",
            },
            { value: "desc", label: "Descending" },
          ]}
        />
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        <a href={action} className="text-brand underline">
          Clear filters
        </a>
      </div>
    </form>
  );
}
