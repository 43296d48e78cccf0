import { describe, expect, it } from "vitest";
import {
  formatUkDateTime,
  isDateStamp,
  ukDateStamp,
  ukDayStart,
} from "../../lib/domain/london-time";

describe("UK time", () => {
  it("shows winter times as GMT and summer times as BST", () => {
    expect(formatUkDateTime(new Date("2026-01-15T14:02:05Z"))).toBe("15 Jan 2026, 14:02:05");
    expect(formatUkDateTime(new Date("2026-07-15T14:02:05Z"))).toBe("15 Jul 2026, 15:02:05");
  });

  it("gives the UK calendar date, which differs from UTC late on a summer evening", () => {
    expect(ukDateStamp(new Date("2026-07-15T23:30:00Z"))).toBe("2026-07-16");
    expect(ukDateStamp(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-15");
  });

  it("finds the instant a UK day starts, either side of the clock changes", () => {
    expect(ukDayStart("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(ukDayStart("2026-07-15").toISOString()).toBe("2026-07-14T23:00:00.000Z");
    expect(ukDayStart("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(ukDayStart("2026-03-29", 1).toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(ukDayStart("2026-10-25", 1).toISOString()).toBe("2026-10-26T00:00:00.000Z");
    expect(ukDayStart("2026-12-31", 1).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });

  it("accepts only real calendar dates written YYYY-MM-DD", () => {
    expect(isDateStamp("2026-02-28")).toBe(true);
    expect(isDateStamp("2028-02-29")).toBe(true);
    expect(isDateStamp("2026-02-31")).toBe(false);
    expect(isDateStamp("2026-2-3")).toBe(false);
    expect(isDateStamp("yesterday")).toBe(false);
  });
});
