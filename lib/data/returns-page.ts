import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/authz/errors";
import { isUuid } from "@/lib/validation";

/** For the returns pages: a malformed id, or a record that is not there or not theirs, is a 404. */
export async function orNotFound<T>(ids: string[], read: () => Promise<T>): Promise<T> {
  if (!ids.every(isUuid)) notFound();
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
