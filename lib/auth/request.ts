import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { SIGN_IN_TICKET_COOKIE, TICKET_MINUTES } from "./sign-in-ticket";

/** The client address as the reverse proxy reports it (first X-Forwarded-For hop), else "unknown". */
export async function clientIp(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "unknown";
}

export async function setTicketCookie(token: string): Promise<void> {
  (await cookies()).set(SIGN_IN_TICKET_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NEXTAUTH_URL.startsWith("https://"),
    path: "/",
    maxAge: TICKET_MINUTES * 60,
  });
}

export async function ticketCookie(): Promise<string | undefined> {
  return (await cookies()).get(SIGN_IN_TICKET_COOKIE)?.value;
}

/** Only same-site paths: an attacker cannot make sign-in send someone elsewhere. */
export function safeCallbackUrl(value: unknown): string {
  return typeof value === "string" &&
    value.startsWith("/") &&
    !value.startsWith("//") &&
    !value.startsWith("/\\")
    ? value
    : "/home";
}
