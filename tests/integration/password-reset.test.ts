import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requestPasswordReset, resetPassword } from "@/lib/actions/auth/password-reset";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { findLivePasswordToken, issuePasswordToken } from "@/lib/auth/password-tokens";
import { hashToken } from "@/lib/auth/tokens";
import { createMember, createPartnership } from "../support/factories";
import { startTestApp } from "./support/app";
import type { TestDatabase } from "./support/database";

// The reset mail is sent in next/server's after(); here the tasks are kept so tests can await them.
const pending = vi.hoisted(() => [] as Array<Promise<unknown>>);
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: unknown) => {
    pending.push(Promise.resolve(typeof task === "function" ? task() : task));
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));

const ANSWER =
  "If an account exists for that email address, we have sent a link to reset the password. The link works once, for 1 hour.";
const NEW_PASSWORD = "a long and unrelated passphrase";
let database: TestDatabase;

beforeAll(async () => {
  database = await startTestApp();
});
afterAll(() => database.drop());

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function ask(email: string) {
  const result = await requestPasswordReset(null, form({ email }));
  await Promise.all(pending.splice(0));
  return result;
}

async function account(options: { password?: boolean; disabled?: boolean } = {}) {
  const partnership = await createPartnership(database.prisma);
  const { user } = await createMember(database.prisma, partnership.id, "VIEWER");
  return database.prisma.user.update({
    where: { id: user.id },
    data: {
      passwordHash: options.password === false ? null : await hashPassword("the old password!"),
      disabledAt: options.disabled ? new Date() : null,
    },
  });
}

async function linksSentTo(email: string): Promise<string[]> {
  const mails = await database.prisma.outboxMessage.findMany({
    where: { to: email },
    orderBy: { createdAt: "asc" },
  });
  return mails.map((mail) => /\/reset-password\/([\w-]+)/.exec(mail.text)?.[1] ?? "");
}

function reset(token: string, password = NEW_PASSWORD, confirmPassword = password) {
  return resetPassword(null, form({ token, password, confirmPassword }));
}

describe("asking for a reset link", () => {
  it("answers the same whether or not the account exists, and mails only a real, active account", async () => {
    const user = await account();
    const disabled = await account({ disabled: true });
    const noPassword = await account({ password: false });
    for (const email of [user.email, "nobody@example.org", disabled.email, noPassword.email]) {
      expect(await ask(email)).toEqual({ ok: true, data: undefined, message: ANSWER });
    }
    expect(await linksSentTo("nobody@example.org")).toEqual([]);
    expect(await linksSentTo(disabled.email)).toEqual([]);
    expect(await linksSentTo(noPassword.email)).toEqual([]);

    const [token] = await linksSentTo(user.email);
    const stored = await database.prisma.authToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(token ?? "") },
    });
    expect(stored).toMatchObject({ userId: user.id, purpose: "RESET_PASSWORD", usedAt: null });
    const minutes = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(60, 0);
  });

  it("matches the email whatever its case, and asks for a valid address", async () => {
    const user = await account();
    await ask(user.email.toUpperCase());
    expect(await linksSentTo(user.email)).toHaveLength(1);
    const invalid = await requestPasswordReset(null, form({ email: "not an email" }));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
  });

  it("sends at most 3 links an hour, silently, and only the newest link works", async () => {
    const user = await account();
    for (let i = 0; i < 5; i += 1) expect((await ask(user.email)).message).toBe(ANSWER);
    const links = await linksSentTo(user.email);
    expect(links).toHaveLength(3);
    expect(await findLivePasswordToken(links[0] ?? "")).toBeNull();
    expect(await findLivePasswordToken(links[1] ?? "")).toBeNull();
    expect(await findLivePasswordToken(links[2] ?? "")).toMatchObject({ userId: user.id });
    expect(await reset(links[0] ?? "")).toMatchObject({ ok: false });
  });
});

describe("choosing a new password", () => {
  async function linkFor(email: string) {
    await ask(email);
    return (await linksSentTo(email)).at(-1) ?? "";
  }

  it("sets the password, signs out every session, records it, and works only once", async () => {
    const user = await account();
    const token = await linkFor(user.email);
    expect(await reset(token)).toMatchObject({ ok: true, data: { purpose: "RESET_PASSWORD" } });

    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const event = await database.prisma.auditEvent.findFirst({
      where: { action: "password.reset", actorUserId: user.id },
    });
    expect(event?.category).toBe("SECURITY");

    const again = await reset(token, "another long passphrase");
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/already been used/) });
    const still = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(still.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
  });

  it("lets exactly one of two simultaneous uses of a link succeed", async () => {
    const user = await account();
    const token = await linkFor(user.email);
    const results = await Promise.all([reset(token), reset(token, "a different passphrase")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("refuses an expired link", async () => {
    const user = await account();
    const token = await linkFor(user.email);
    await database.prisma.authToken.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await reset(token)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/expired/),
    });
    expect(await findLivePasswordToken(token)).toBeNull();
  });

  it("explains a password that is too short, contains the email or is not confirmed, and keeps the link", async () => {
    const user = await account();
    const token = await linkFor(user.email);
    expect(await reset(token, "short")).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Your password must be at least 12 characters"] },
    });
    const namePart = user.email.split("@")[0] ?? "";
    expect(await reset(token, `My ${namePart.toUpperCase()} password`)).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Your password must not contain your email address"] },
    });
    expect(await reset(token, NEW_PASSWORD, "something else entirely")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: [expect.stringMatching(/do not match/)] },
    });
    expect(await findLivePasswordToken(token)).not.toBeNull();
    expect(await reset(token)).toMatchObject({ ok: true });
  });

  it("uses the same page and action for a new account's set-password link", async () => {
    const user = await account({ password: false });
    const token = await database.prisma.$transaction((tx) =>
      issuePasswordToken(tx, user.id, "SET_PASSWORD"),
    );
    const live = await findLivePasswordToken(token);
    expect(live).toMatchObject({ purpose: "SET_PASSWORD", email: user.email });
    expect(await reset(token)).toMatchObject({ ok: true, data: { purpose: "SET_PASSWORD" } });
    const events = await database.prisma.auditEvent.findMany({ where: { actorUserId: user.id } });
    expect(events.map((event) => event.action)).toContain("password.set");
  });

  it("treats a made-up link like a used one", async () => {
    expect(await reset("made-up-token")).toMatchObject({ ok: false, message: expect.any(String) });
  });
});
