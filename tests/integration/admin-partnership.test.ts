import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPartnership } from "@/lib/actions/admin/create-partnership";
import { resetPassword } from "@/lib/actions/auth/password-reset";
import { hashPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { NotFoundError } from "@/lib/authz/errors";
import { listPartnershipsForAdmin } from "@/lib/data/admin-partnerships";
import { createMember, createPartnership as createTestPartnership } from "../support/factories";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";
import { signInAs } from "./support/session";

vi.mock("@/lib/auth/current-user", async (original) => ({
  ...(await original<typeof import("@/lib/auth/current-user")>()),
  getCurrentUser: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));

let database: TestDatabase;
let adminId: string;
beforeAll(async () => {
  database = await startTestApp();
  const admin = await database.prisma.user.create({
    data: { email: "admin@example.org", name: "Site Admin", isSiteAdmin: true },
  });
  adminId = admin.id;
});
afterAll(() => database.drop());

let counter = 0;
function partnershipForm(overrides: Record<string, string | null> = {}): FormData {
  counter += 1;
  const fields: Record<string, string | null> = {
    name: `Northshire ${counter} Safeguarding Children Partnership`,
    localAuthorityAreas: "Northshire County Council\r\n\r\nSouthby Borough Council\n",
    "partners.0.name": "Northshire County Council",
    "partners.0.kind": "LOCAL_AUTHORITY",
    "partners.1.name": "Northshire Police",
    "partners.1.kind": "POLICE",
    "partners.2.name": "Northshire and Southby Integrated Care Board",
    "partners.2.kind": "HEALTH_ICB",
    managerName: "Morgan Business",
    managerEmail: `Manager-${counter}@Example.org`,
    ...overrides,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== null) form.set(key, value);
  return form;
}

describe("creating a partnership", () => {
  it("creates the partnership, its statutory partners and a business manager with a set-password link", async () => {
    await signInAs(adminId);
    const form = partnershipForm({
      "partners.3.name": "Northshire Schools",
      "partners.3.kind": "EDUCATION",
    });
    const name = String(form.get("name"));
    const result = await createPartnership(null, form);
    expect(result).toMatchObject({ ok: true, data: { name, invited: true } });

    const partnership = await database.prisma.partnership.findFirstOrThrow({
      where: { name },
      include: { organisations: true, memberships: { include: { user: true } } },
    });
    expect(partnership.slug).toMatch(/^northshire-\d+-safeguarding-children-partnership$/);
    expect(partnership.localAuthorityAreas).toEqual([
      "Northshire County Council",
      "Southby Borough Council",
    ]);
    expect(partnership.organisations.map((o) => [o.kind, o.isStatutoryPartner]).sort()).toEqual([
      ["EDUCATION", true],
      ["HEALTH_ICB", true],
      ["LOCAL_AUTHORITY", true],
      ["POLICE", true],
    ]);
    const [membership] = partnership.memberships;
    expect(partnership.memberships).toHaveLength(1);
    expect(membership?.role).toBe("BUSINESS_MANAGER");
    expect(membership?.user).toMatchObject({
      email: `manager-${counter}@example.org`,
      name: "Morgan Business",
      passwordHash: null,
    });

    const mail = await database.prisma.outboxMessage.findFirstOrThrow({
      where: { to: membership?.user.email },
    });
    const token = /\/reset-password\/([\w-]+)/.exec(mail.text)?.[1] ?? "";
    expect(mail.text).toContain("http://localhost:3000/reset-password/");
    const stored = await database.prisma.authToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
    });
    expect(stored.purpose).toBe("SET_PASSWORD");
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);

    const audit = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "partnership.created", partnershipId: partnership.id },
    });
    expect(audit).toMatchObject({ category: "CHANGE", actorUserId: adminId });

    // The link in the mail sets the new business manager's password.
    const set = new FormData();
    set.set("token", token);
    set.set("password", "a long and unrelated passphrase");
    set.set("confirmPassword", "a long and unrelated passphrase");
    expect(await resetPassword(null, set)).toMatchObject({
      ok: true,
      data: { purpose: "SET_PASSWORD" },
    });
  });

  it("gives each partnership its own slug, and reuses an existing account without a new link", async () => {
    await signInAs(adminId);
    const partnership = await createTestPartnership(database.prisma);
    const { user } = await createMember(database.prisma, partnership.id, "VIEWER");
    await database.prisma.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword("existing password") },
    });

    const first = await createPartnership(null, partnershipForm({ name: "Eastshire Partnership" }));
    const second = await createPartnership(
      null,
      partnershipForm({ name: "Eastshire: Partnership!", managerEmail: user.email }),
    );
    expect(first.ok && second.ok).toBe(true);
    expect(second).toMatchObject({ data: { invited: false } });
    const slugs = await database.prisma.partnership.findMany({
      where: { name: { startsWith: "Eastshire" } },
      select: { slug: true },
      orderBy: { createdAt: "asc" },
    });
    expect(slugs.map((p) => p.slug)).toEqual(["eastshire-partnership", "eastshire-partnership-2"]);
    expect(await database.prisma.authToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await database.prisma.membership.count({ where: { userId: user.id } })).toBe(2);
  });

  it("explains what is missing and keeps what was typed", async () => {
    await signInAs(adminId);
    const before = await database.prisma.partnership.count();
    const result = await createPartnership(
      null,
      partnershipForm({
        name: "No",
        localAuthorityAreas: " \n ",
        "partners.1.kind": "EDUCATION",
        "partners.2.name": "Northshire Police",
        managerEmail: "nope",
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "localAuthorityAreas",
      "managerEmail",
      "name",
      "partners",
      "partners.2.name",
    ]);
    expect(result.fieldErrors?.partners?.[0]).toMatch(
      /local authority, the police and the integrated care board/,
    );
    expect(result.values?.["partners.2.name"]).toBe("Northshire Police");

    const two = await createPartnership(
      null,
      partnershipForm({ "partners.2.name": null, "partners.2.kind": null }),
    );
    expect(two).toMatchObject({
      ok: false,
      fieldErrors: { partners: [expect.stringMatching(/at least 3/)] },
    });
    expect(await database.prisma.partnership.count()).toBe(before);
  });

  it("refuses a duplicate name", async () => {
    await signInAs(adminId);
    const form = partnershipForm({ name: "Westshire Partnership" });
    expect((await createPartnership(null, form)).ok).toBe(true);
    const again = await createPartnership(null, partnershipForm({ name: "WESTSHIRE partnership" }));
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { name: ["A partnership with this name already exists"] },
    });
  });
});

describe("only site administrators", () => {
  it("refuses anyone else, a business manager included, and creates nothing", async () => {
    const partnership = await createTestPartnership(database.prisma);
    const { user } = await createMember(database.prisma, partnership.id, "BUSINESS_MANAGER");
    const before = {
      partnerships: await database.prisma.partnership.count(),
      users: await database.prisma.user.count(),
      mails: await database.prisma.outboxMessage.count(),
    };
    for (const who of [user.id, null]) {
      await signInAs(who);
      const result = await createPartnership(null, partnershipForm());
      expect(result).toEqual({
        ok: false,
        message: "Only a site administrator can create a partnership.",
      });
      await expect(listPartnershipsForAdmin()).rejects.toThrow(NotFoundError);
    }
    expect({
      partnerships: await database.prisma.partnership.count(),
      users: await database.prisma.user.count(),
      mails: await database.prisma.outboxMessage.count(),
    }).toEqual(before);
  });

  it("see every partnership with its number of active members", async () => {
    const partnership = await createTestPartnership(database.prisma);
    await createMember(database.prisma, partnership.id, "VIEWER");
    const { membership } = await createMember(database.prisma, partnership.id, "VIEWER");
    await database.prisma.membership.update({
      where: { id: membership.id },
      data: { deactivatedAt: new Date() },
    });
    await signInAs(adminId);
    const rows = await listPartnershipsForAdmin();
    expect(rows.find((row) => row.id === partnership.id)?.memberCount).toBe(1);
  });
});
