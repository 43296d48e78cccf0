import { z } from "zod";

export const uuid = z.uuid({ error: "That link is not valid" });

export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}
