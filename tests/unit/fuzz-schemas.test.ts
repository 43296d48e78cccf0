/**
 * Every exported zod schema in lib/, fuzzed with fast-check (FUZZ_RUNS cases each, 1,000 by
 * default, twice: wholly random values and values shaped like the schema's own fields). Whatever
 * arrives, `parseInput` (the app's one way to parse outside input) answers without throwing, and
 * every problem it reports is a sentence a person can act on (see `unclearMessage`). Schemas are found by importing every module in lib/
 * that uses zod, so a new schema is fuzzed without being listed here.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FUZZ_RUNS, anything, hostileString, pollutedPrototypes, preview } from "../support/fuzz";
import { keysOf, shapedLike, takesObject, unknownKinds } from "../support/fuzz-shapes";
import { unclearMessage } from "../support/clear-message";
import { parseInput } from "@/lib/validation";

/** How many schemas discovery found when this test was written: fewer means discovery broke. */
const DISCOVERED_AT_LEAST = 69;

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

/** "lib/domain/x.ts#nameSchema" → schema, for every zod schema a lib/ module exports. */
async function discoverSchemas(): Promise<Map<string, z.ZodType>> {
  const found = new Map<string, z.ZodType>();
  const seen = new Set<z.ZodType>();
  for (const file of sourceFiles(path.join(ROOT, "lib")).sort()) {
    const source = readFileSync(file, "utf8");
    // "use server" modules may only export async functions, so they hold no exported schema.
    if (!/from ["']zod["']/.test(source) || /^\s*["']use server["']/.test(source)) continue;
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!(value instanceof z.ZodType) || seen.has(value)) continue;
      seen.add(value);
      found.set(`${path.relative(ROOT, file)}#${name}`, value);
    }
  }
  return found;
}

const SCHEMAS = await discoverSchemas();

/**
 * The environment is read from process.env, which only ever holds strings; its messages are
 * fragments printed after the variable's name ("DATABASE_URL must be a postgres:// … URL").
 */
const ENV = "lib/env.ts#envSchema";

function envLike(schema: z.ZodType): fc.Arbitrary<Record<string, string>> {
  const keys = keysOf(schema);
  return fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((key) => [key, hostileString])), { requiredKeys: [] }),
      fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
    )
    .map(([own, extra]) => ({ ...extra, ...(own as Record<string, string>) }));
}

/** The problems, as a person would read them, that break the message rule. */
function unclearIssues(name: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const where = issue.path.map(String).join(".");
    const shown = name === ENV ? `${where} ${issue.message}` : issue.message;
    const why = unclearMessage(shown);
    return why ? [`${where || "(whole input)"}: ${JSON.stringify(shown)} (${why})`] : [];
  });
}

/** Whether the schema's real callers could hand it this value (a form or caller sends a record). */
function reachable(schema: z.ZodType, input: unknown): boolean {
  if (!takesObject(schema)) return true;
  return typeof input === "object" && input !== null && !Array.isArray(input);
}

function check(name: string, schema: z.ZodType, input: unknown, messages = true): void {
  let result: ReturnType<z.ZodType["safeParse"]>;
  try {
    result = parseInput(schema, input);
  } catch (error) {
    throw new Error(`parseInput threw ${String(error)} for ${preview(input)}`);
  }
  expect(pollutedPrototypes(), `built-ins changed by ${preview(input)}`).toEqual([]);
  if (result.success) return;
  expect(result.error.issues.length, "a refusal names at least one problem").toBeGreaterThan(0);
  if (!messages || !reachable(schema, input)) return;
  const unclear = unclearIssues(name, result.error.issues);
  expect(unclear, `for ${preview(input)}`).toEqual([]);
}

describe("fuzzing every zod schema in lib/", () => {
  // parseInput logs each value zod threw on; thousands of those would bury the report.
  beforeAll(() => void vi.spyOn(console, "error").mockImplementation(() => {}));

  it(`discovers at least ${DISCOVERED_AT_LEAST} schemas, and can shape values for every one`, () => {
    expect(SCHEMAS.size).toBeGreaterThanOrEqual(DISCOVERED_AT_LEAST);
    const unshaped = [...SCHEMAS]
      .map(([name, schema]) => [name, unknownKinds(schema)] as const)
      .filter(([, kinds]) => kinds.length > 0)
      .map(([name, kinds]) => `${name} (${kinds.join(", ")})`);
    expect(unshaped, "schemas with kinds the fuzzer cannot shape").toEqual([]);
  });

  for (const [name, schema] of SCHEMAS) {
    it(
      `${name}: never throws, every message a clear sentence`,
      () => {
        fc.assert(
          // Only strings reach the environment's schema: other values must just not break it.
          fc.property(anything, (input) => check(name, schema, input, name !== ENV)),
          { numRuns: FUZZ_RUNS },
        );
        fc.assert(
          fc.property(name === ENV ? envLike(schema) : shapedLike(schema), (input) =>
            check(name, schema, input),
          ),
          { numRuns: FUZZ_RUNS },
        );
      },
      Math.max(5_000, FUZZ_RUNS * 10),
    ); // the largest schemas take about 5 ms a case on 2 cores
  }
});
