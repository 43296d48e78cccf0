import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorise, type PartnershipAccess } from "@/lib/authz/guard";
import { ConflictError, DomainError } from "@/lib/authz/errors";
import type { Permission } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
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

/** Form posts arrive as FormData; repeated names become arrays, everything else a string or File. */
export function formDataToObject(data: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = data.getAll(key);
    result[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return result;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
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
    const parsed = definition.schema.safeParse(
      raw instanceof FormData ? formDataToObject(raw) : raw,
    );
    if (!parsed.success) {
      return {
        ok: false,
        message: "There is a problem with what you entered.",
        fieldErrors: fieldErrorsOf(parsed.error),
      };
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
