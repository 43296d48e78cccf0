import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise, type PartnershipAccess } from "@/lib/authz/guard";
import { ConflictError, DomainError } from "@/lib/authz/errors";
import type { Permission } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { hasUnstorableCharacter, parseInput } from "@/lib/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDomainError } from "./db-errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; conflict?: unknown };

export type ActionContext<I> = PartnershipAccess & { input: I; tx: Prisma.TransactionClient };

type Definition<S extends z.ZodType<{ partnershipId: string }>, T> = {
  schema: S;
  permission: Permission;
  /** Paths to revalidate after a successful change; may use the parsed input. */
  revalidate?: (input: z.infer<S>) => string[];
  handler: (context: ActionContext<z.infer<S>>) => Promise<T>;
};

/**
 * What an action was sent, as a record. Form posts arrive as FormData; repeated names become
 * arrays, everything else a string or File. Client components send a record. Anything else (a
 * caller can send any value to a server action) reads as an empty form, refused field by field.
 */
export function formDataToObject(data: unknown): Record<string, unknown> {
  if (!(data instanceof FormData))
    return typeof data === "object" && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  // fromEntries defines each name as a property: a field named "__proto__" stays a field.
  return Object.fromEntries(
    [...new Set(data.keys())]
      .filter((key) => !key.startsWith("$ACTION"))
      .map((key) => {
        const values = data.getAll(key);
        return [key, values.length > 1 || key.endsWith("[]") ? values : values[0]];
      }),
  );
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  // A Map, not an object: a field called "__proto__" must not reach Object.prototype.
  const errors = new Map<string, string[]>();
  for (const issue of error.issues) {
    // A record's keys may be symbols (a File sent where a record belongs): name them as text.
    const key = issue.path.map(String).join(".") || "form";
    errors.set(key, [...(errors.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(errors);
}

export const HIDDEN_CHARACTER =
  "This contains a hidden character that cannot be saved. Type it again rather than pasting it";

/**
 * Fields whose text holds a character the database cannot store (a NUL, half an emoji): refused
 * by field, as a person can fix them, rather than failing in the database.
 */
export function hiddenCharacterErrors(data: unknown): Record<string, string[]> | undefined {
  const errors = new Map<string, string[]>();
  const visit = (value: unknown, path: string[]): void => {
    if (typeof value === "string") {
      if (hasUnstorableCharacter(value)) errors.set(path.join(".") || "form", [HIDDEN_CHARACTER]);
    } else if (path.length < 8 && typeof value === "object" && value !== null) {
      if (value instanceof Blob || value instanceof Date) return;
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return errors.size > 0 ? Object.fromEntries(errors) : undefined;
}

/**
 * The one way to write a partnership's data: signed in → input parsed with zod → permission for
 * *this* partnership → one transaction (the handler records its audit events in it) → revalidate.
 * Known failures become sentences; nothing else leaks.
 */
export function partnershipAction<S extends z.ZodType<{ partnershipId: string }>, T>(
  definition: Definition<S, T>,
): (previous: unknown, input: FormData | z.input<S>) => Promise<ActionResult<T>> {
  return async (_previous, raw) => {
    const parsed = parseInput(definition.schema, formDataToObject(raw));
    const fieldErrors = parsed.success
      ? hiddenCharacterErrors(parsed.data)
      : fieldErrorsOf(parsed.error);
    if (!parsed.success || fieldErrors) {
      return { ok: false, message: "There is a problem with what you entered.", fieldErrors };
    }
    try {
      const access = authorise(
        await getCurrentUser(),
        parsed.data.partnershipId,
        definition.permission,
      );
      const data = await db().$transaction((tx) =>
        definition.handler({ ...access, input: parsed.data, tx }),
      );
      for (const path of definition.revalidate?.(parsed.data) ?? []) revalidatePath(path);
      return { ok: true, data };
    } catch (error) {
      const known = error instanceof DomainError ? error : toDomainError(error);
      if (known) {
        const conflict = known instanceof ConflictError ? known.current : undefined;
        return {
          ok: false,
          message: known.message,
          fieldErrors: known.fieldErrors,
          ...(conflict ? { conflict } : {}),
        };
      }
      console.error("Unexpected error in server action:", error);
      return {
        ok: false,
        message: "Sorry, something went wrong and nothing was saved. Try again.",
      };
    }
  };
}
