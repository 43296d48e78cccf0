import { z } from "zod";

export const uuid = z.uuid({ error: "That link is not valid" });

/** What a person is told when a value cannot even be read (see `parseInput`). */
export const UNREADABLE_INPUT = "Some of what was sent could not be read. Check it and try again";

/**
 * `schema.safeParse(input)` for input from outside (a form, an uploaded file, a link), and the one
 * way the app parses such input. zod itself can throw on some hostile values: a string's length
 * check compares whatever `length` an object carries with a number, so a JSON file holding
 * `{"length": {"toString": "x", "valueOf": 1}}` where text belongs throws a TypeError instead of
 * returning issues. Those become one clear issue, logged for us, so a person never meets a crash.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): z.ZodSafeParseResult<z.output<S>> {
  try {
    return schema.safeParse(input);
  } catch (error) {
    console.error("Input could not be validated:", error instanceof Error ? error.message : error);
    return {
      success: false,
      error: new z.ZodError([
        { code: "custom", path: [], message: UNREADABLE_INPUT, input },
      ]) as z.ZodError<z.output<S>>,
    };
  }
}

export function isUuid(value: string): boolean {
  return parseInput(uuid, value).success;
}

// A NUL, or half of a surrogate pair (text cut in the middle of a character such as an emoji).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the text holds a character the database cannot store: a NUL, or broken UTF-16. */
export function hasUnstorableCharacter(value: string): boolean {
  return UNSTORABLE.test(value);
}
