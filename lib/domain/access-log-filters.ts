import type { AuditCategory } from "@/lib/generated/prisma/enums";
import { isDateStamp, ukDayStart } from "./london-time";

export const ACCESS_LOG_PAGE_SIZE = 50;

export const CATEGORY_FILTER_OPTIONS = [
  { value: "all", label: "Everything" },
  { value: "ACCESS", label: "Access: viewed, downloaded or exported" },
  { value: "SECURITY", label: "Security: signing in, passwords, invitations and roles" },
  { value: "CHANGE", label: "Changes to records" },
] as const;

export type AccessLogFilters = {
  category: AuditCategory | null;
  /** UK calendar dates, "YYYY-MM-DD", both days included. */
  from: string | null;
  to: string | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/**
 * Reads the filter form's query string. A bad value is reported and ignored rather than refused:
 * the log still shows, with the problem explained above it.
 */
export function parseAccessLogFilters(params: Params): {
  filters: AccessLogFilters;
  errors: Record<string, string[]>;
} {
  const errors: Record<string, string[]> = {};
  const category = single(params.category);
  const date = (field: "from" | "to", label: string) => {
    const value = single(params[field]);
    if (!value) return null;
    if (isDateStamp(value)) return value;
    errors[field] = [`${label} must be a real date, like 2026-11-22`];
    return null;
  };
  const from = date("from", "From");
  let to = date("to", "To");
  if (from && to && to < from) {
    errors.to = ["To must be the same as or after From"];
    to = null;
  }
  const page = Number.parseInt(single(params.page), 10);
  return {
    filters: {
      category: ["ACCESS", "SECURITY", "CHANGE"].includes(category)
        ? (category as AuditCategory)
        : null,
      from,
      to,
      page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    },
    errors,
  };
}

/** The filters as a query string, for pagination and the CSV link (page left out when 1). */
export function accessLogQuery(filters: AccessLogFilters, page = filters.page): string {
  const query = new URLSearchParams();
  if (filters.category) query.set("category", filters.category);
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The instants the filter covers: from the start of "from" to the end of "to", UK time. */
export function accessLogRange(filters: AccessLogFilters): {
  from: Date | null;
  until: Date | null;
} {
  return {
    from: filters.from ? ukDayStart(filters.from) : null,
    until: filters.to ? ukDayStart(filters.to, 1) : null,
  };
}
