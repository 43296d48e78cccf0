import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import AzureADProvider from "next-auth/providers/azure-ad";
import { db } from "@/lib/db";
import { env, type Env } from "@/lib/env";
import { redeemSignInTicket, SIGN_IN_TICKET_COOKIE } from "./sign-in-ticket";
import { entraSignInAllowed } from "./entra";
import { recordSecurityEvent } from "@/lib/audit";

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions(env());
  return cached;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  return header
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([key]) => key === name)?.[1];
}

/**
 * next-auth 4 with JWT sessions. Password sign-in happens in our own steps (password, then second
 * factor) which end in a single-use ticket cookie; the Credentials provider only redeems that
 * ticket. Microsoft Entra ID switches on when configured. See docs/decisions/0005-sign-in.md.
 */
export function buildAuthOptions(config: Env): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "sign-in-ticket",
      name: "Email and password",
      credentials: {},
      async authorize(_credentials, request) {
        const cookieHeader = (request?.headers as Record<string, string> | undefined)?.cookie;
        const ticket = readCookie(cookieHeader, SIGN_IN_TICKET_COOKIE);
        if (!ticket) return null;
        const user = await redeemSignInTicket(decodeURIComponent(ticket));
        return user
          ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }
          : null;
      },
    }),
  ];
  const entraOn = Boolean(
    config.ENTRA_CLIENT_ID && config.ENTRA_CLIENT_SECRET && config.ENTRA_TENANT_IDS?.length,
  );
  if (entraOn) {
    const tenants = config.ENTRA_TENANT_IDS ?? [];
    providers.push(
      AzureADProvider({
        clientId: config.ENTRA_CLIENT_ID as string,
        clientSecret: config.ENTRA_CLIENT_SECRET as string,
        // One tenant: sign in through it. Several: the multi-organisation endpoint, then the
        // signIn callback checks the token's tenant against the list.
        tenantId: tenants.length === 1 ? tenants[0] : "organizations",
      }),
    );
  }
  const idleSeconds = config.SESSION_IDLE_MINUTES * 60;
  const secure = config.NEXTAUTH_URL.startsWith("https://");

  return {
    secret: config.NEXTAUTH_SECRET,
    providers,
    session: { strategy: "jwt", maxAge: idleSeconds, updateAge: 0 },
    jwt: { maxAge: idleSeconds },
    useSecureCookies: secure,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    callbacks: {
      async signIn({ account, profile, user }) {
        if (account?.provider !== "azure-ad") return true;
        const tid = (profile as { tid?: string } | undefined)?.tid;
        return entraSignInAllowed({
          tenantId: tid,
          email: user.email,
          allowedTenants: config.ENTRA_TENANT_IDS ?? [],
        });
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          let id = user.id;
          let sessionVersion = user.sessionVersion;
          if (account.provider === "azure-ad") {
            const row = await db().user.findUniqueOrThrow({
              where: { email: (user.email ?? "").toLowerCase() },
              select: { id: true, sessionVersion: true },
            });
            id = row.id;
            sessionVersion = row.sessionVersion;
            await recordSecurityEvent({
              action: "sign-in.succeeded",
              actorUserId: id,
              metadata: { method: "entra" },
            });
          }
          return { userId: id, sessionVersion: sessionVersion ?? 1, authTime: Date.now() };
        }
        return token;
      },
      async session({ session, token }) {
        if (token.userId && token.sessionVersion && token.authTime) {
          session.claims = {
            userId: token.userId,
            sessionVersion: token.sessionVersion,
            authTime: token.authTime,
          };
        }
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (!token?.userId) return;
        // Signing out ends every session of this account, not only the cookie in this browser.
        await db().user.update({
          where: { id: token.userId },
          data: { sessionVersion: { increment: 1 } },
        });
        await recordSecurityEvent({ action: "sign-out", actorUserId: token.userId });
      },
    },
  };
}
