import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { SIGN_IN_TICKET_COOKIE, TICKET_MINUTES } from "./sign-in-ticket";

/**
 * The client address for throttling. Next.js fills X-Forwarded-For with the socket address when no
 * proxy set it; behind a reverse proxy the proxy appends the client. The rightmost entry is the one
 * added by the nearest hop, so a client cannot choose it by sending its own header.
 */
export async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",").at(-1)?.trim() || "unknown";
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
