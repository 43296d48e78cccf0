import { describe, expect, it } from "vitest";
import {
  accessLogQuery,
  accessLogRange,
  parseAccessLogFilters,
} from "../../lib/domain/access-log-filters";

describe("parseAccessLogFilters", () => {
  it("defaults to everything, all dates, first page", () => {
    expect(parseAccessLogFilters({})).toEqual({
      filters: { category: null, from: null, to: null, page: 1 },
      errors: {},
    });
  });

  it("reads a category, a date range and a page", () => {
    const { filters, errors } = parseAccessLogFilters({
      category: "SECURITY",
      from: "2026-01-01",
      to: "2026-01-31",
      page: "3",
    });
    expect(errors).toEqual({});
    expect(filters).toEqual({
      category: "SECURITY",
      from: "2026-01-01",
      to: "2026-01-31",
      page: 3,
    });
  });

  it("ignores an unknown category and a nonsense page", () => {
    const { filters } = parseAccessLogFilters({ category: "EVERYTHING", page: "-2" });
    expect(filters.category).toBeNull();
    expect(filters.page).toBe(1);
  });

  it("reports a date that does not exist and one range the wrong way round", () => {
    expect(parseAccessLogFilters({ from: "2026-02-30" }).errors.from).toEqual([
      "From must be a real date, like 2026-11-22",
    ]);
    const backwards = parseAccessLogFilters({ from: "2026-02-10", to: "2026-02-01" });
    expect(backwards.errors.to).toEqual(["To must be the same as or after From"]);
    expect(backwards.filters.to).toBeNull();
  });
});

describe("accessLogQuery and accessLogRange", () => {
  const filters = { category: "ACCESS" as const, from: "2026-07-01", to: "2026-07-01", page: 2 };

  it("keeps the filters in links and leaves out page 1", () => {
    expect(accessLogQuery(filters)).toBe("?category=ACCESS&from=2026-07-01&to=2026-07-01&page=2");
    expect(accessLogQuery(filters, 1)).toBe("?category=ACCESS&from=2026-07-01&to=2026-07-01");
    expect(accessLogQuery({ category: null, from: null, to: null, page: 1 })).toBe("");
  });

  it("covers whole UK days, both ends included", () => {
    const range = accessLogRange(filters);
    expect(range.from?.toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(range.until?.toISOString()).toBe("2026-07-01T23:00:00.000Z");
  });
});
