import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import { CATEGORY_FILTER_OPTIONS, type AccessLogFilters } from "@/lib/domain/access-log-filters";

/** A plain GET form: the filters live in the address, so a filtered view can be bookmarked. */
export function AccessLogFilterForm({
  filters,
  errors,
  action,
}: {
  filters: AccessLogFilters;
  errors: Record<string, string[]>;
  action: string;
}) {
  return (
    <form method="get" action={action} className="space-y-4 bg-white p-4">
      <h2 className="text-2xl font-bold">Filter the log</h2>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
        <Select
          name="category"
          label="What happened"
          defaultValue={filters.category ?? "all"}
          options={[...CATEGORY_FILTER_OPTIONS]}
        />
        <TextField
          name="from"
          label="From"
          hint="The first day to include"
          type="date"
          defaultValue={filters.from ?? ""}
          errors={errors.from}
        />
        <TextField
          name="to"
          label="To"
          hint="The last day to include"
          type="date"
          defaultValue={filters.to ?? ""}
          errors={errors.to}
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
