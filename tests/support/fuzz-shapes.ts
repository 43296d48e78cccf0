/**
 * Values shaped like what a zod schema takes, read from the schema itself (zod 4's `_zod.def`):
 * objects with the schema's own keys holding plausible or hostile values, flat form names that
 * reach prototypes, and what a schema's fields are.
 */
import fc from "fast-check";
import type { z } from "zod";
import { hostileFile, hostileNumber, hostileString, hostileValue, pollutingObject } from "./fuzz";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  format?: string;
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Kinds of zod schema the generator below knows how to shape values for. */
const KNOWN = new Set([
  "string",
  "number",
  "int",
  "boolean",
  "bigint",
  "date",
  "object",
  "array",
  "tuple",
  "enum",
  "literal",
  "optional",
  "nullable",
  "nonoptional",
  "default",
  "prefault",
  "catch",
  "readonly",
  "pipe",
  "transform",
  "union",
  "intersection",
  "record",
  "unknown",
  "any",
  "custom",
  "lazy",
  "file",
  "never",
  "null",
  "undefined",
]);

/** The schema kinds inside `schema` that the generator does not know (so it cannot shape them). */
export function unknownKinds(schema: z.ZodType, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const here = KNOWN.has(def.type) ? [] : [def.type];
  return [...here, ...children(def).flatMap((child) => unknownKinds(child, seen))];
}

function children(def: Def): z.ZodType[] {
  return [
    ...Object.values(def.shape ?? {}),
    ...(def.options ?? []),
    ...[def.element, def.innerType, def.in, def.out, def.left, def.right, def.valueType].filter(
      (child): child is z.ZodType => child !== undefined,
    ),
  ];
}

/**
 * Values shaped like what `schema` takes, each part either plausible (a real uuid, one of the
 * enum's values, a date) so parsing goes deeper, or hostile. Objects carry the schema's own keys,
 * some missing, some holding wrong types, plus keys that pollute prototypes.
 */
export function shapedLike(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return hostileValue;
  const def = defOf(schema);
  const inner = (child: z.ZodType) => shapedLike(child, depth + 1);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "nonoptional":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return def.innerType ? inner(def.innerType) : hostileValue;
    case "pipe":
      // A preprocess or transform first: the input is shaped like what comes out of it.
      return def.in && defOf(def.in).type !== "transform"
        ? inner(def.in)
        : def.out
          ? inner(def.out)
          : hostileValue;
    case "lazy":
      return def.getter ? inner(def.getter()) : hostileValue;
    case "union":
      return fc.oneof(...(def.options ?? []).map(inner), hostileValue);
    case "intersection":
      return def.left && def.right
        ? fc
            .tuple(inner(def.left), inner(def.right))
            .map(([left, right]) =>
              isRecord(left) && isRecord(right) ? { ...left, ...right } : left,
            )
        : hostileValue;
    case "object":
      return objectLike(def.shape ?? {}, depth);
    case "record": {
      const key = def.keyType ? inner(def.keyType) : hostileString;
      return fc.dictionary(
        fc.oneof(
          hostileString,
          key.filter((k): k is string => typeof k === "string"),
        ),
        def.valueType ? inner(def.valueType) : hostileValue,
        { maxKeys: 4 },
      );
    }
    case "array":
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.array(def.element ? inner(def.element) : hostileValue, { maxLength: 4 }),
        },
        { weight: 1, arbitrary: hostileValue },
      );
    case "enum":
    case "literal": {
      const options = def.entries ? Object.values(def.entries) : (def.values ?? []);
      return options.length > 0
        ? fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...options) },
            { weight: 1, arbitrary: hostileValue },
          )
        : hostileValue;
    }
    default:
      return fc.oneof(
        { weight: 2, arbitrary: plausible(def) },
        { weight: 1, arbitrary: hostileValue },
      );
  }
}

/** Every field name anywhere inside the schema. */
function deepKeys(schema: z.ZodType, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  return [
    ...Object.keys(def.shape ?? {}),
    ...children(def).flatMap((child) => deepKeys(child, seen)),
  ];
}

const PROTOTYPE_PATHS = ["__proto__", "constructor", "constructor.prototype", "toString"];

/**
 * Flat form names that reach a prototype when gathered carelessly into nested objects, like
 * "agreements.__proto__.role" or "agencies.constructor.prototype.name".
 */
export function pollutingNames(shape: Record<string, z.ZodType>): fc.Arbitrary<string> {
  const tops = Object.keys(shape);
  const leaves = [...new Set(Object.values(shape).flatMap((child) => deepKeys(child)))];
  if (tops.length === 0) return fc.constantFrom(...PROTOTYPE_PATHS);
  return fc
    .tuple(
      fc.constantFrom(...tops),
      fc.constantFrom(...PROTOTYPE_PATHS),
      fc.constantFrom(...(leaves.length > 0 ? leaves : ["name"])),
    )
    .map((parts) => parts.join("."));
}

function objectLike(shape: Record<string, z.ZodType>, depth: number): fc.Arbitrary<unknown> {
  const keys = Object.keys(shape);
  const fields = fc.record(
    Object.fromEntries(keys.map((key) => [key, shapedLike(shape[key] as z.ZodType, depth + 1)])),
    { requiredKeys: [] },
  );
  const extraNames = fc.oneof(hostileString, pollutingNames(shape));
  return fc
    .tuple(fields, fc.boolean(), fc.option(fc.dictionary(extraNames, hostileValue, { maxKeys: 3 })))
    .map(([record, polluted, extra]) => ({
      ...(extra ?? {}),
      ...(polluted ? pollutingObject() : {}),
      ...(record as Record<string, unknown>),
    }));
}

/** A value of the right kind, possibly at the edges. */
function plausible(def: Def): fc.Arbitrary<unknown> {
  switch (def.type) {
    case "string":
      if (def.format === "uuid" || def.format === "guid") return fc.uuid();
      if (def.format === "email") return fc.emailAddress();
      if (def.format === "url") return fc.webUrl();
      return fc.oneof(hostileString, fc.constantFrom("2026-01-15", "1", "Yes", "some text"));
    case "number":
    case "int":
      return fc.oneof(fc.integer({ min: -2, max: 100 }), hostileNumber);
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date();
    case "bigint":
      return fc.bigInt();
    case "file":
    case "custom":
      return hostileFile;
    default:
      return fc.oneof(hostileString, fc.constantFrom("2026-01-15", "1", "on"));
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether `schema` takes an object (so a form or a caller's record is its real input). */
export function takesObject(schema: z.ZodType): boolean {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
    case "record":
      return true;
    case "intersection":
      return def.left ? takesObject(def.left) : false;
    case "union":
      return (def.options ?? []).some(takesObject);
    case "pipe":
      return def.in && defOf(def.in).type !== "transform"
        ? takesObject(def.in)
        : def.out
          ? takesObject(def.out)
          : false;
    default:
      return def.innerType ? takesObject(def.innerType) : false;
  }
}

/** The schema's top-level fields and their schemas, when it takes an object. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = defOf(schema);
  if (def.type === "object") return { ...def.shape };
  if (def.type === "pipe")
    return def.in && defOf(def.in).type !== "transform"
      ? fieldsOf(def.in)
      : def.out
        ? fieldsOf(def.out)
        : {};
  if (def.type === "intersection")
    return {
      ...(def.right ? fieldsOf(def.right) : {}),
      ...(def.left ? fieldsOf(def.left) : {}),
    };
  if (def.type === "union") return Object.assign({}, ...(def.options ?? []).map(fieldsOf));
  return def.innerType ? fieldsOf(def.innerType) : {};
}

/** The schema's top-level keys, when it takes an object. */
export function keysOf(schema: z.ZodType): string[] {
  return Object.keys(fieldsOf(schema));
}
