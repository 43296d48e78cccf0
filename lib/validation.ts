import { z } from "zod";

export const uuid = z.uuid({ error: "That link is not valid" });

export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}

// A NUL, or half of a surrogate pair (text cut in the middle of a character such as an emoji).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the text holds a character the database cannot store: a NUL, or broken UTF-16. */
export function hasUnstorableCharacter(value: string): boolean {
  return UNSTORABLE.test(value);
}
