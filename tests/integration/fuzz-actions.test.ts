/**
 * Every server action and route handler, fuzzed with fast-check (FUZZ_RUNS cases each, 1,000 by
 * default). Actions get wholly random input (any value, records shaped like their schema, the
 * same as a browser's FormData) and near-valid input: the isolation matrix's own valid input for
 * the action, with real ids from this test's world, one field made hostile, dropped, or pointed
 * at another partnership. Whatever arrives, the action answers (never throws, which Next would
 * turn into a 500), never with the "Sorry, something went wrong" answer, never logs an error,
 * and every refusal is a sentence a person can act on. Route handlers get random ids and query
 * strings and never answer 5xx. Actions and routes are found on disk, so new ones are fuzzed too.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, formDataToObject, HIDDEN_CHARACTER } from "@/lib/actions/safe-action";
import { getCurrentUser } from "@/lib/auth/current-user";
import {
  FUZZ_RUNS,
  anything,
  hostileString,
  hostileValue,
  pollutedPrototypes,
  pollutingObject,
  preview,
  toFormData,
} from "../support/fuzz";
import { fieldsOf, pollutingNames, shapedLike } from "../support/fuzz-shapes";
import { unclearMessage } from "../support/clear-message";
import { countQueries } from "../support/query-count";
import { MATRIX } from "./isolation-cases";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { discoverActions, discoverRoutes } from "./support/discover";
import { signInAs } from "./support/session";
import { createWorld, type World } from "./support/world";
import { createSiteAdmin, PUBLIC_SEEDS } from "./fuzz-seeds";

// The sign-in ticket cookie the two-factor steps read (set by their seeds).
const cookieJar = vi.hoisted(() => ({ ticket: undefined as string | undefined }));
// Work queued with next/server's after() (the password-reset mail) is run and awaited per call.
const pending = vi.hoisted(() => [] as Array<Promise<unknown>>);
// The input the last partnership action was called with, and its schema (see the mock below).
const watched = vi.hoisted(() => ({ last: null as { raw: unknown; schema: unknown } | null }));

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.77" }),
  cookies: async () => ({
    get: (name: string) => (cookieJar.ticket ? { name, value: cookieJar.ticket } : undefined),
    set: () => undefined,
    getAll: () => [],
  }),
}));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: unknown) => {
    pending.push(Promise.resolve().then(() => (typeof task === "function" ? task() : task)));
  },
}));
// The real wrapper, watched: the isolation matrix's case for an action shows which input is
// valid for it, and the wrapper's schema which fields it has.
vi.mock("@/lib/actions/safe-action", async (original) => {
  const actual = await original<typeof import("@/lib/actions/safe-action")>();
  const partnershipAction: typeof actual.partnershipAction = (definition) => {
    const action = actual.partnershipAction(definition);
    return (previous, raw) => {
      watched.last = { raw, schema: definition.schema };
      return action(previous, raw);
    };
  };
  return { ...actual, partnershipAction };
});

const GENERIC = "Sorry, something went wrong and nothing was saved. Try again.";

/** The share of each action's cases that must get past its checks into its own database work. */
const MIN_REACHED = 0.03;
/** Per action or route: the PDF export takes about 18 ms a case on 2 cores, so it grows with runs. */
const TIMEOUT = Math.max(180_000, FUZZ_RUNS * 180);

/** Route handlers this file cannot call outside Next, and why. */
const NOT_FUZZED_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET":
    "next-auth's own endpoints read next/headers through require(), so they only run inside Next's request scope",
  "app/api/auth/[...nextauth]/route.ts#POST":
    "next-auth's own endpoints read next/headers through require(), so they only run inside Next's request scope",
};

const ACTIONS = await discoverActions();
const ROUTES = discoverRoutes();

let database: TestDatabase;
let world: World;
let siteAdminId: string;
type SignedIn = Awaited<ReturnType<typeof getCurrentUser>>;
const actors: { manager: SignedIn; outsider: SignedIn } = { manager: null, outsider: null };
const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
const started = Date.now();

beforeAll(async () => {
  database = await startTestApp();
  world = await createWorld(database.prisma);
  siteAdminId = await createSiteAdmin(world, database.prisma);
  await signInAs(world.outsider.id);
  actors.outsider = await getCurrentUser();
  await signInAs(world.members.BUSINESS_MANAGER.id);
  actors.manager = await getCurrentUser();
});
afterAll(async () => {
  consoleError.mockRestore();
  const shares = [...reached.values()].sort((a, b) => a - b);
  const percent = (share: number | undefined) => `${((share ?? 0) * 100).toFixed(1)}%`;
  console.info(
    `fuzz-actions: ${((Date.now() - started) / 1000).toFixed(1)} s, ${FUZZ_RUNS} cases each;`,
    `share of an action's cases that reached the database: median ${percent(shares[shares.length >> 1])},`,
    `least ${percent(shares[0])}, most ${percent(shares.at(-1))}`,
  );
  await database.drop();
});

type Action = (previous: unknown, input: unknown) => Promise<unknown>;
type Seed = {
  input: Record<string, unknown> | null;
  schema: z.ZodType | undefined;
  userId: string | null;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Who calls, a valid input to start from and the schema: the matrix case's input, seen by the
 * wrapper when the case runs once as a role allowed to act (a business manager when allowed).
 */
async function seedFor(key: string): Promise<Seed> {
  cookieJar.ticket = undefined;
  const entry = MATRIX[key];
  if (entry?.kind === "partnership") {
    const role = entry.allowed.includes("BUSINESS_MANAGER") ? "BUSINESS_MANAGER" : entry.allowed[0];
    const userId = world.members[role ?? "BUSINESS_MANAGER"].id;
    const prepared = await entry.prepare(world, database.prisma);
    await signInAs(userId);
    watched.last = null;
    await entry.invoke(prepared);
    // Set by the wrapper during invoke (TypeScript cannot see that, so the type is restated).
    const last = watched.last as { raw: unknown; schema: unknown } | null;
    const input = last?.raw instanceof FormData ? formDataToObject(last.raw) : last?.raw;
    const schema = last?.schema as z.ZodType | undefined;
    return { input: isRecord(input) ? { ...input } : null, schema, userId };
  }
  const seeded = await PUBLIC_SEEDS[key]?.(world, database.prisma);
  cookieJar.ticket = seeded?.ticket;
  return {
    input: seeded?.input ?? null,
    schema: undefined,
    userId: entry?.kind === "site-admin" ? siteAdminId : null,
  };
}

/** Wholly random input, and near-valid input made from the seed. */
function inputs(seed: Record<string, unknown> | null, schema: z.ZodType | undefined) {
  const fields = schema ? fieldsOf(schema) : {};
  const keys = [...new Set([...Object.keys(seed ?? {}), ...Object.keys(fields)])];
  const random = fc.oneof(
    anything,
    schema ? shapedLike(schema) : fc.dictionary(fc.constantFrom(...keys, "x"), hostileValue),
    fc.dictionary(hostileString, hostileValue, { maxKeys: 5 }),
  );
  // A field's own valid text with something hostile added keeps its type, so it often passes.
  const valueFor = (key: string) => {
    const field = fields[key];
    const own = seed?.[key];
    return fc.oneof(
      hostileValue,
      field ? shapedLike(field) : hostileValue,
      typeof own === "string"
        ? fc.tuple(hostileString, fc.boolean()).map(([h, before]) => (before ? h + own : own + h))
        : hostileValue,
    );
  };
  const near =
    seed && keys.length > 0
      ? fc.oneof(
          {
            weight: 6,
            arbitrary: fc
              .constantFrom(...keys)
              .chain((key) => valueFor(key).map((value) => ({ ...seed, [key]: value }))),
          },
          {
            weight: 1,
            arbitrary: fc.constantFrom(...keys).map((key) => {
              const { [key]: _dropped, ...rest } = seed;
              return rest;
            }),
          },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom(world.other.id, "00000000-0000-4000-8000-000000000000", "")
              .map((partnershipId) => ({ ...seed, partnershipId })),
          },
          {
            weight: 1,
            arbitrary: fc.constant(null).map(() => ({ ...pollutingObject(), ...seed })),
          },
          {
            weight: 1,
            arbitrary: fc
              .tuple(pollutingNames(fields), hostileValue)
              .map(([name, value]) => ({ ...seed, [name]: value })),
          },
        )
      : random;
  return fc
    .tuple(fc.oneof({ weight: 3, arbitrary: random }, { weight: 1, arbitrary: near }), fc.boolean())
    .map(([value, asForm]) => (asForm && isRecord(value) ? toFormData(value) : value));
}

/** Next's own control flow (redirect, notFound) is thrown on purpose; it carries a digest. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest)
  );
}

/**
 * What is wrong with one call's answer, in words (empty when it is fine), and whether the input
 * got past the action's checks far enough to use the database.
 */
async function called(
  action: Action,
  input: unknown,
): Promise<{ problems: string[]; past: boolean }> {
  const logged = consoleError.mock.calls.length;
  let result: unknown;
  let queries = 0;
  try {
    ({ result, count: queries } = await countQueries(async () => {
      const answer = await action(null, input);
      await Promise.all(pending.splice(0));
      return answer;
    }));
  } catch (error) {
    const polluted = pollutedPrototypes().map((name) => `changed the built-in ${name}`);
    if (isNextControlFlow(error)) return { problems: polluted, past: true };
    const thrown = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { problems: [`threw ${thrown}`, ...polluted], past: true };
  }
  return { problems: problemsIn(result, logged, wordsIn(input)), past: queries > 0 };
}

/** The text a person sent, which a message may rightly repeat. */
function wordsIn(input: unknown): string[] {
  const record = input instanceof FormData ? formDataToObject(input) : input;
  if (!isRecord(record)) return typeof record === "string" ? [record] : [];
  return Object.values(record)
    .flat()
    .filter((value): value is string => typeof value === "string");
}

function problemsIn(result: unknown, logged: number, echoes: string[]): string[] {
  const polluted = pollutedPrototypes().map((name) => `changed the built-in ${name}`);
  const problems = consoleError.mock.calls
    .slice(logged)
    .map(
      (args) =>
        `logged ${args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(" ")}`,
    );
  problems.push(...polluted);
  if (!isRecord(result) || typeof result.ok !== "boolean")
    return [...problems, `answered ${preview(result)}`];
  if (result.ok) return problems;
  if (result.message === GENERIC)
    problems.push("answered the generic 'Sorry, something went wrong'");
  const unclear = unclearMessage(result.message, echoes);
  if (unclear) problems.push(`message ${preview(result.message)}: ${unclear}`);
  for (const [field, messages] of Object.entries(
    isRecord(result.fieldErrors) ? result.fieldErrors : {},
  ))
    for (const message of Array.isArray(messages) ? messages : [messages]) {
      const why = unclearMessage(message, echoes);
      if (why) problems.push(`${field}: ${preview(message)}: ${why}`);
    }
  return problems;
}

/** Per action, the share of cases that got far enough to use the database (printed at the end). */
const reached = new Map<string, number>();

describe("fuzzing every server action", () => {
  it("has a valid starting input for every action, so fuzzing reaches its code", () => {
    // Partnership actions take theirs from their isolation-matrix case, which the matrix requires.
    const unseeded = ACTIONS.filter(
      ({ key }) => MATRIX[key]?.kind !== "partnership" && !PUBLIC_SEEDS[key],
    ).map(({ key }) => key);
    expect(
      unseeded,
      "actions with no isolation-matrix case and no seed in ./fuzz-seeds.ts",
    ).toEqual([]);
  });

  for (const { key, action } of ACTIONS) {
    it(
      `${key}: answers every input with a clear sentence, never a 5xx`,
      { timeout: TIMEOUT },
      async () => {
        const seed = await seedFor(key);
        if (MATRIX[key]?.kind === "partnership")
          expect(seed.input, "the input the isolation matrix's case calls it with").not.toBeNull();
        await signInAs(seed.userId);
        let past = 0;
        await fc.assert(
          fc.asyncProperty(inputs(seed.input, seed.schema), async (input) => {
            const outcome = await called(action as Action, input);
            if (outcome.past) past += 1;
            const shown = input instanceof FormData ? formDataToObject(input) : input;
            expect(outcome.problems, `for ${preview(shown)}`).toEqual([]);
          }),
          { numRuns: FUZZ_RUNS },
        );
        reached.set(key, past / FUZZ_RUNS);
        // Near-valid input must reach the action's own code, or only its schema is being tested.
        expect(past, "cases that reached the database").toBeGreaterThanOrEqual(
          FUZZ_RUNS * MIN_REACHED,
        );
      },
    );
  }
});

/** The action a key names, as discovered. */
function actionAt(key: string): Action {
  const found = ACTIONS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no action ${key}`);
  return found.action as Action;
}

const zodRecord = z.record(z.uuid({ error: "That is not an id" }), z.string());

describe("what fuzzing found, kept as regressions", () => {
  it("answers a call whose argument is not a form: a record, text or nothing", async () => {
    const signIn = actionAt("lib/actions/auth/sign-in.ts#signInWithPassword");
    for (const input of [{ email: "a@example.org", password: "x" }, "text", null, 5]) {
      const { problems } = await called(signIn, input);
      expect(problems, preview(input)).toEqual([]);
    }
  });

  it("keeps a form field named __proto__ a field, not the form's prototype", async () => {
    const key = "lib/actions/yearly-report/add-recipient.ts#addRecipient";
    const seed = await seedFor(key);
    await signInAs(seed.userId);
    const form = toFormData({ ...seed.input, name: "Ofsted" });
    form.append("__proto__", new File(["x"], "x.txt"));
    form.append("type", "x");
    const { problems } = await called(actionAt(key), form);
    expect(problems).toEqual([]);
  });

  it("never lets an agreement's id reach Object.prototype, or throw on a built-in's name", async () => {
    const key = "lib/actions/assessments/finalise-self-assessment.ts#finaliseSelfAssessment";
    const seed = await seedFor(key);
    await signInAs(seed.userId);
    for (const name of ["agreements.__proto__.role", "agreements.toString.name"]) {
      const { problems } = await called(actionAt(key), { ...seed.input, [name]: "LEAD" });
      expect(problems, name).toEqual([]);
    }
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    const asFile = await called(actionAt(key), { ...seed.input, agreements: new File([], "x") });
    expect(asFile.problems).toEqual([]);
    // A File read as a record has symbol keys; the problems name them as text, not throw.
    const parsed = zodRecord.safeParse(new File([], "x"));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(Object.keys(fieldErrorsOf(parsed.error))).not.toEqual([]);
  });

  it("refuses a version past the database's whole numbers as a stale page", async () => {
    for (const key of [
      "lib/actions/assessments/agree-rating.ts#agreeRating",
      "lib/actions/responses/save-response.ts#saveResponse",
    ]) {
      const seed = await seedFor(key);
      await signInAs(seed.userId);
      for (const version of [2_147_483_648, new Date("2026-01-15")]) {
        const { result, count } = await countQueries(() =>
          actionAt(key)(null, { ...seed.input, version }),
        );
        expect(result, key).toMatchObject({
          ok: false,
          fieldErrors: { version: ["Reload the page and try again"] },
        });
        expect(count).toBe(0);
      }
    }
  });

  it("refuses text the database cannot store (a NUL, half an emoji) by field, saving nothing", async () => {
    const cases: Array<[string, string]> = [
      ["lib/actions/responses/save-response.ts#saveResponse", "remainingWork"],
      ["lib/actions/yearly-report/add-recipient.ts#addRecipient", "name"],
      ["lib/actions/case-reviews/create-recommendation.ts#createRecommendation", "text"],
    ];
    for (const [key, field] of cases)
      for (const bad of ["before\u0000after", "broken \ud83d emoji"]) {
        const seed = await seedFor(key);
        await signInAs(seed.userId);
        const { result, count } = await countQueries(() =>
          actionAt(key)(null, { ...seed.input, [field]: bad }),
        );
        expect(result, `${key} ${field}`).toEqual({
          ok: false,
          message: "There is a problem with what you entered.",
          fieldErrors: { [field]: [HIDDEN_CHARACTER] },
        });
        expect(count, "statements sent to the database").toBe(0);
      }
    const accept = "lib/actions/auth/accept-invitation.ts#acceptInvitation";
    const seeded = await seedFor(accept);
    const result = await actionAt(accept)(null, { ...seeded.input, name: "Nul\u0000Person" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: [HIDDEN_CHARACTER] } });
  });
});

// ─────────────────────────────── Route handlers ───────────────────────────────

const QUERY_KEYS = [
  ...["format", "step", "question", "organisation", "cycle", "owner", "sort", "dir"],
  ...["source", "status", "select", "category", "page", "from", "to", "callbackUrl"],
];
const QUERY_VALUES = ["csv", "xlsx", "1", "2", "-1", "asc", "desc", "open", "overdue", "all"];

function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%00";
  }
}

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

describe("fuzzing every route handler", () => {
  for (const { key, file, name } of ROUTES) {
    if (NOT_FUZZED_ROUTES[key]) {
      it.skip(`${key}: ${NOT_FUZZED_ROUTES[key]}`, () => undefined);
      continue;
    }
    it(`${key}: never answers 5xx`, { timeout: TIMEOUT }, async () => {
      const source = readFileSync(file, "utf8");
      const handler = ((await import(file)) as Record<string, Handler>)[name] as Handler;
      const entry = MATRIX[key];
      const prepared =
        entry?.kind === "partnership" ? await entry.prepare(world, database.prisma) : {};
      const real = isRecord(prepared) ? prepared : {};
      const path = key.slice("app".length, key.indexOf("/route.ts")).replace(/\/\([^)]+\)/g, "");
      const names = [...path.matchAll(/\[(\w+)\]/g)].map((match) => match[1] as string);
      const realParams = Object.fromEntries(
        names.map((n) => [n, typeof real[n] === "string" ? (real[n] as string) : randomUUID()]),
      );
      const oneParamWrong = fc
        .tuple(
          fc.constantFrom(...(names.length > 0 ? names : ["none"])),
          fc.oneof(hostileString, fc.uuid(), fc.constant(world.other.id)),
        )
        .map(([wrong, value]) => ({ ...realParams, [wrong]: value }));
      const anyParams = fc.record(
        Object.fromEntries(names.map((n) => [n, fc.oneof(hostileString, fc.uuid())])),
      );
      // Real ids make a handler build its whole file; that is worth repeating when it reads the
      // query string (filters, format), and only now and then when it does not.
      const readsQuery = /searchParams/.test(source);
      const params = fc.oneof(
        { weight: readsQuery ? 15 : 2, arbitrary: fc.constant(realParams) },
        { weight: 50, arbitrary: oneParamWrong },
        { weight: 20, arbitrary: anyParams },
      );
      const query = fc.dictionary(
        fc.oneof(fc.constantFrom(...QUERY_KEYS), hostileString),
        fc.oneof(hostileString, fc.constantFrom(...QUERY_VALUES), fc.uuid()),
        { maxKeys: 4 },
      );
      const actor = fc.oneof(
        { weight: 17, arbitrary: fc.constant(actors.manager) },
        { weight: 2, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constant(actors.outsider) },
      );
      await fc.assert(
        fc.asyncProperty(params, query, actor, async (ids, search, user) => {
          vi.mocked(getCurrentUser).mockResolvedValue(user);
          const url = `http://localhost:3000${path.replace(/\[(\w+)\]/g, (_m, n: string) => encodeSegment(ids[n] ?? ""))}?${new URLSearchParams(search)}`;
          let status: number;
          try {
            const response = await handler(new Request(url), { params: Promise.resolve(ids) });
            status = response.status;
            await response.body?.cancel();
          } catch (error) {
            throw new Error(
              `threw for ${url.slice(0, 300)}: ${error instanceof Error ? error.stack : String(error)}`,
            );
          }
          expect(status, `status for ${url.slice(0, 300)}`).toBeLessThan(500);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }
});
