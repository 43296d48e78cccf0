/**
 * The rule every message shown to a person must meet, checked by the fuzzing tests.
 */
/** zod's own English defaults and other text no person should be shown. */
const NOT_FOR_PEOPLE: Array<[RegExp, string]> = [
  [/^Invalid\b/, "zod's default 'Invalid …' message"],
  [/^Too (big|small)\b/, "zod's default 'Too big/small' message"],
  [/expected [^,]+, received/i, "zod's 'expected …, received …'"],
  [/^Unrecognized key/i, "zod's 'Unrecognized key' message"],
  [/^Required$/, "zod's 'Required'"],
  [/\bundefined\b|\bNaN\b|\bnull\b|\bInfinity\b|\[object \w+\]/, "a JavaScript value"],
  [
    /\b(TypeError|RangeError|SyntaxError|Error:)|\bat \w+ \(|\bprisma\b|\bP\d{4}\b/i,
    "an error or database text",
  ],
  [/\p{Cc}/u, "a control character"],
];

/**
 * Why `message` is not a clear sentence for a person, or null when it is: words (at least two),
 * starting with a capital letter, digit or quotation mark, at most 300 characters, and none of
 * zod's English defaults ("Invalid input: expected string, received number"), JavaScript values
 * (undefined, NaN, [object Object]), error names, stack frames or database text outside the
 * quotation marks around what the person entered, or in the `echoes` of their own input.
 */
export function unclearMessage(message: unknown, echoes: readonly string[] = []): string | null {
  if (typeof message !== "string") return "not text";
  // What a message repeats of the person's own words is theirs ("some text is already…").
  const text = echoes
    .filter((echo) => echo.trim().length >= 3)
    .reduce((shown, echo) => shown.split(echo.trim()).join("‘…’"), message)
    .trim();
  if (!text) return "empty";
  if (text.length > 300) return "longer than 300 characters";
  if (!/\s/.test(text)) return "a single word";
  if (!/^[\p{Lu}\p{N}"'‘“]/u.test(text)) return "does not start with a capital letter";
  // What a message quotes back is the person's own text ("a recipient called ‘undefined’").
  const own = text.replace(/‘[^’]*’|“[^”]*”|"[^"]*"/g, "‘…’");
  for (const [pattern, why] of NOT_FOR_PEOPLE) if (pattern.test(own)) return why;
  return null;
}
