/**
 * Hostile input for property-based tests (fast-check), shared by the schema, action and upload
 * fuzzing: wholly random values, and the checks that a call left the built-ins alone. Values
 * shaped like a zod schema are in ./fuzz-shapes.ts, the rule for messages in ./clear-message.ts.
 */
import fc from "fast-check";

/** Cases per schema, action or route: FUZZ_RUNS=10000 for a longer run. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? "") || 1_000);

/**
 * The seed every property starts from. `npm test` uses a fixed one, so a run that passed passes
 * again and a red build always means a change broke something. `FUZZ_SEED=random` (as
 * `npm run test:fuzz` does) explores new cases; a failure prints its seed, and `FUZZ_SEED=<that
 * seed>` replays it.
 */
export const FUZZ_SEED: number | undefined =
  process.env.FUZZ_SEED === "random"
    ? undefined
    : Number.isSafeInteger(Number(process.env.FUZZ_SEED || "x"))
      ? Number(process.env.FUZZ_SEED)
      : 20_261_207;

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FUZZ_SEED });

// ───────────────────────────── Hostile values ─────────────────────────────

const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(1)>';

/** Strings people and attackers send: markup, paths, control characters, NUL, huge, unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "binary-ascii", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\t\n\r ",
    "\u0000",
    "a\u0000b",
    "\u202Eevil\u202C",
    "\uFEFF",
    "\uD800",
    "Ā̈́̈́",
    "👩‍👩‍👧‍👦",
    SCRIPT,
    IMG,
    "../../etc/passwd",
    "..\\..\\boot.ini",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "' OR 1=1 --",
    '\'; DROP TABLE "User"; --',
    "${7*7}{{7*7}}",
    "__proto__",
    "constructor",
    "toString",
    "NaN",
    "Infinity",
    "-0",
    "1e309",
    "-1",
    "0",
    "9007199254740993",
    "undefined",
    "null",
    "[object Object]",
    "true",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "x".repeat(201),
    "x".repeat(2_001),
    "x".repeat(20_001),
    "é".repeat(100_001),
  ),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    -1,
    0.5,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER - 2,
    Number.MAX_VALUE,
    Number.EPSILON,
    2 ** 31,
  ),
  fc.double(),
  fc.integer(),
);

/** An object whose own keys are the ones that pollute prototypes when merged carelessly. */
export function pollutingObject(): Record<string, unknown> {
  return JSON.parse(
    '{"__proto__":{"polluted":"yes","isSiteAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},"toString":"x","valueOf":1}',
  ) as Record<string, unknown>;
}

/** A very long array, far past any field's limit. */
const longArray = fc.constantFrom(
  Array.from({ length: 10_001 }, () => "x"),
  Array.from({ length: 1_001 }, (_, i) => i),
);

export const hostileFile: fc.Arbitrary<File> = fc
  .record({
    name: fc.oneof(
      hostileString,
      fc.constantFrom("../../etc/passwd.pdf", "evil.pdf", "report.csv", "a.exe"),
    ),
    body: fc.oneof(
      fc.string(),
      fc.constantFrom("", SCRIPT, "%PDF-1.4\n%%EOF\n", "MZ\u0090\u0000", "email,role\n"),
    ),
    type: fc.constantFrom(
      "",
      "application/pdf",
      "text/csv",
      "text/html",
      "application/x-msdownload",
    ),
  })
  .map(({ name, body, type }) => new File([body], name, { type }));

/** Any single hostile value: primitives, odd objects, files, long arrays. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      true,
      false,
      10n,
      new Date(Number.NaN),
      new Date("2026-01-15"),
      Symbol("x"),
      () => "x",
      new Map([["a", 1]]),
      new Set([1]),
      Object.create(null) as object,
      new Uint8Array([0, 1, 2]),
      [],
      {},
      [null],
      [undefined],
    ),
  },
  { weight: 1, arbitrary: fc.constant(null).map(pollutingObject) },
  { weight: 1, arbitrary: hostileFile },
  { weight: 1, arbitrary: longArray },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
);

/** fast-check's anything, with every kind of value it can make switched on. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 8,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: "binary",
});

// ──────────────────────────── Prototype pollution ────────────────────────────

const PROTOTYPES: Array<[string, object]> = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Object", Object],
];
const ORIGINAL = PROTOTYPES.map(([, target]) => new Set(Reflect.ownKeys(target)));

/**
 * Properties that appeared on a built-in prototype (prototype pollution), named; they are removed
 * again so one finding does not spoil the cases after it.
 */
export function pollutedPrototypes(): string[] {
  return PROTOTYPES.flatMap(([name, target], index) =>
    Reflect.ownKeys(target)
      .filter((key) => !ORIGINAL[index]?.has(key))
      .map((key) => {
        Reflect.deleteProperty(target, key);
        return `${name}.${String(key)}`;
      }),
  );
}

/** A record as a browser would post it: strings and files, repeated names for lists. */
export function toFormData(record: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      form.append(key, item instanceof Blob ? item : textOf(item));
    }
  }
  return form;
}

function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "";
  }
}

/** A short, printable description of a value for failure messages. */
export function preview(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) =>
      typeof v === "bigint"
        ? `${v}n`
        : v instanceof File
          ? `File(${JSON.stringify(v.name)}, ${v.size} bytes, ${JSON.stringify(v.type)})`
          : typeof v === "string" && v.length > 60
            ? `${v.slice(0, 40)}…(${v.length} chars)`
            : Array.isArray(v) && v.length > 20
              ? `[array of ${v.length}]`
              : v,
    );
    return text === undefined ? String(value) : text.slice(0, 600);
  } catch {
    return String(value).slice(0, 200);
  }
}
