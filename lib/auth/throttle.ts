import "server-only";
import { db } from "@/lib/db";

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

/** True when this account or this address has failed too often in the last 15 minutes. */
export async function isThrottled(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  const [byAccount, byIp] = await Promise.all([
    db().signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } }),
    db().signInAttempt.count({ where: { ip, succeeded: false, at: { gte: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await db().signInAttempt.create({ data: { email, ip, succeeded } });
}
