/**
 * The versions below which a production dependency has a published high or critical advisory
 * (docs/decisions/0013-dependency-audit.md). `npm audit` cannot reach its advisory service from
 * this workplace, so this guard keeps a known fix from being undone by a downgrade.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FLOORS: Record<string, string> = {
  next: "16.3.3",
  "next-auth": "4.24.15",
  nodemailer: "9.1.0",
  postcss: "8.5.18",
};

type Lock = { packages: Record<string, { version?: string; dev?: boolean }> };

function compare(a: string, b: string): number {
  const parts = (v: string) => v.split("-")[0]!.split(".").map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

const lock = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../package-lock.json"), "utf8"),
) as Lock;

describe("dependency floors", () => {
  it("compares versions numerically", () => {
    expect(compare("16.10.0", "16.3.3")).toBeGreaterThan(0);
    expect(compare("8.5.9", "8.5.18")).toBeLessThan(0);
    expect(compare("4.24.15", "4.24.15")).toBe(0);
  });

  it.each(Object.entries(FLOORS))("every installed %s is at least %s", (name, floor) => {
    const copies = Object.entries(lock.packages)
      .filter(
        ([where]) => where === `node_modules/${name}` || where.endsWith(`/node_modules/${name}`),
      )
      .map(([where, entry]) => ({ where, version: entry.version ?? "0.0.0" }));
    expect(copies.length, `${name} is in package-lock.json`).toBeGreaterThan(0);
    expect(copies.filter((copy) => compare(copy.version, floor) < 0)).toEqual([]);
  });
});
