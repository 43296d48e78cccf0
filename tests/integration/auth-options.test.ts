import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAuthOptions } from "@/lib/auth/options";
import { entraSignInAllowed } from "@/lib/auth/entra";
import { parseEnv } from "@/lib/env";
import { createMember, createPartnership } from "../support/factories";
import { startTestApp, TEST_SECRET } from "./support/app";
import type { TestDatabase } from "./support/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await startTestApp();
});
afterAll(() => database.drop());

const base = {
  DATABASE_URL: "postgresql://u:p@localhost/db",
  NEXTAUTH_SECRET: TEST_SECRET,
  NEXTAUTH_URL: "https://six.example.gov.uk",
};
const TENANT = "11111111-2222-3333-4444-555555555555";

describe("next-auth configuration", () => {
  it("has only the password (ticket) provider when Entra ID is not configured", () => {
    const options = buildAuthOptions(parseEnv(base));
    // next-auth 4 merges a provider's own options (our id) over its defaults at run time.
    const ids = options.providers.map(
      (p) => (p as { options?: { id?: string } }).options?.id ?? p.id,
    );
    expect(ids).toEqual(["sign-in-ticket"]);
  });

  it("switches Microsoft Entra ID on when its three variables are set, for the configured tenant", () => {
    const options = buildAuthOptions(
      parseEnv({
        ...base,
        ENTRA_CLIENT_ID: "client",
        ENTRA_CLIENT_SECRET: "secret",
        ENTRA_TENANT_IDS: TENANT,
      }),
    );
    const entra = options.providers.find((p) => p.id === "azure-ad") as
      { options?: { tenantId?: string } } | undefined;
    expect(entra).toBeDefined();
    expect(entra?.options?.tenantId).toBe(TENANT);
  });

  it("keeps sessions to the idle limit, with secure cookies on https", () => {
    const options = buildAuthOptions(parseEnv({ ...base, SESSION_IDLE_MINUTES: "20" }));
    expect(options.session).toMatchObject({ strategy: "jwt", maxAge: 1200 });
    expect(options.useSecureCookies).toBe(true);
    expect(
      buildAuthOptions(parseEnv({ ...base, NEXTAUTH_URL: "http://localhost:3000" }))
        .useSecureCookies,
    ).toBe(false);
  });
});

describe("who may sign in with Entra ID", () => {
  it("admits a member from an allowed tenant only", async () => {
    const partnership = await createPartnership(database.prisma);
    const { user } = await createMember(database.prisma, partnership.id, "VIEWER");
    const allowed = [TENANT];
    expect(
      await entraSignInAllowed({
        tenantId: TENANT,
        email: user.email.toUpperCase(),
        allowedTenants: allowed,
      }),
    ).toBe(true);
    expect(
      await entraSignInAllowed({
        tenantId: "other-tenant",
        email: user.email,
        allowedTenants: allowed,
      }),
    ).toBe(false);
    expect(
      await entraSignInAllowed({
        tenantId: TENANT,
        email: "stranger@example.org",
        allowedTenants: allowed,
      }),
    ).toBe(false);
  });

  it("admits someone with a live invitation, not an expired one", async () => {
    const partnership = await createPartnership(database.prisma);
    const invite = (email: string, expiresAt: Date) =>
      database.prisma.invitation.create({
        data: {
          partnershipId: partnership.id,
          email,
          role: "VIEWER",
          tokenHash: `hash-${email}`,
          expiresAt,
        },
      });
    await invite("invited@example.org", new Date(Date.now() + 86_400_000));
    await invite("late@example.org", new Date(Date.now() - 1000));
    expect(
      await entraSignInAllowed({
        tenantId: TENANT,
        email: "invited@example.org",
        allowedTenants: [TENANT],
      }),
    ).toBe(true);
    expect(
      await entraSignInAllowed({
        tenantId: TENANT,
        email: "late@example.org",
        allowedTenants: [TENANT],
      }),
    ).toBe(false);
  });
});
