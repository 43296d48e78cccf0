import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword, checkSecondFactor, THROTTLED, WRONG_CREDENTIALS } from "@/lib/auth/sign-in";
import { redeemSignInTicket } from "@/lib/auth/sign-in-ticket";
import { loadCurrentUser } from "@/lib/auth/current-user";
import { encryptSecret } from "@/lib/auth/tokens";
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { createMember, createPartnership } from "../support/factories";
import { startTestApp, TEST_SECRET } from "./support/app";
import type { TestDatabase } from "./support/database";

let database: TestDatabase;
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  database = await startTestApp();
});
afterAll(() => database.drop());

async function member(role: "BUSINESS_MANAGER" | "VIEWER", options: { totpSecret?: string } = {}) {
  const partnership = await createPartnership(database.prisma);
  const { user } = await createMember(database.prisma, partnership.id, role);
  await database.prisma.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(PASSWORD),
      ...(options.totpSecret
        ? { totpSecret: encryptSecret(options.totpSecret, TEST_SECRET), totpEnabledAt: new Date() }
        : {}),
    },
  });
  return user;
}

describe("signing in with a password", () => {
  it("gives the same answer for an unknown email and a wrong password", async () => {
    const user = await member("VIEWER");
    const unknown = await checkPassword({
      email: "nobody@example.org",
      password: PASSWORD,
      ip: "10.0.0.1",
    });
    const wrong = await checkPassword({
      email: user.email,
      password: "wrong password!!",
      ip: "10.0.0.1",
    });
    expect(unknown).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(wrong).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  });

  it("lets a viewer straight in with a single-use ticket", async () => {
    const user = await member("VIEWER");
    const result = await checkPassword({
      email: user.email.toUpperCase(),
      password: PASSWORD,
      ip: "10.0.0.2",
    });
    expect(result).toMatchObject({ ok: true, next: "complete" });
    if (!result.ok) throw new Error("unreachable");
    expect((await redeemSignInTicket(result.ticket))?.id).toBe(user.id);
    expect(await redeemSignInTicket(result.ticket)).toBeNull();
  });

  it("sends a business manager without a second factor to set one up, and never straight in", async () => {
    const user = await member("BUSINESS_MANAGER");
    const result = await checkPassword({ email: user.email, password: PASSWORD, ip: "10.0.0.3" });
    expect(result).toMatchObject({ ok: true, next: "set-up-two-factor" });
    if (!result.ok) throw new Error("unreachable");
    expect(await redeemSignInTicket(result.ticket)).toBeNull();
  });

  it("throttles an account after five failures, even with the right password, then for every address", async () => {
    const user = await member("VIEWER");
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        await checkPassword({
          email: user.email,
          password: "wrong password!!",
          ip: `10.1.0.${attempt}`,
        }),
      ).toEqual({
        ok: false,
        message: WRONG_CREDENTIALS,
      });
    }
    for (let attempt = 5; attempt < 10; attempt += 1) {
      expect(
        await checkPassword({ email: user.email, password: PASSWORD, ip: `10.1.0.${attempt}` }),
      ).toEqual({
        ok: false,
        message: THROTTLED,
      });
    }
  });

  it("throttles one address trying many accounts", async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await checkPassword({
        email: `guess${attempt}@example.org`,
        password: "nope nope nope",
        ip: "10.2.0.1",
      });
    }
    const user = await member("VIEWER");
    expect(await checkPassword({ email: user.email, password: PASSWORD, ip: "10.2.0.1" })).toEqual({
      ok: false,
      message: THROTTLED,
    });
    expect(
      await checkPassword({ email: user.email, password: PASSWORD, ip: "10.2.0.2" }),
    ).toMatchObject({ ok: true });
  });

  it("refuses a disabled account with the same words", async () => {
    const user = await member("VIEWER");
    await database.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await checkPassword({ email: user.email, password: PASSWORD, ip: "10.3.0.1" })).toEqual({
      ok: false,
      message: WRONG_CREDENTIALS,
    });
  });
});

describe("the second factor", () => {
  it("accepts the current code once and refuses it a second time", async () => {
    const secret = newTotpSecret();
    const user = await member("BUSINESS_MANAGER", { totpSecret: secret });
    const first = await checkPassword({ email: user.email, password: PASSWORD, ip: "10.4.0.1" });
    expect(first).toMatchObject({ ok: true, next: "two-factor" });
    if (!first.ok) throw new Error("unreachable");
    expect(await redeemSignInTicket(first.ticket)).toBeNull();
    const code = totpCode(secret);
    expect(
      await checkSecondFactor({ ticket: first.ticket, code: "000000", ip: "10.4.0.1" }),
    ).toMatchObject({ ok: false });
    expect(await checkSecondFactor({ ticket: first.ticket, code, ip: "10.4.0.1" })).toEqual({
      ok: true,
    });
    expect((await redeemSignInTicket(first.ticket))?.id).toBe(user.id);

    const second = await checkPassword({ email: user.email, password: PASSWORD, ip: "10.4.0.1" });
    if (!second.ok) throw new Error("unreachable");
    expect(await checkSecondFactor({ ticket: second.ticket, code, ip: "10.4.0.1" })).toMatchObject({
      ok: false,
    });
  });
});

describe("the signed-in person", () => {
  it("loses a partnership at once when the membership is deactivated, and everything when disabled", async () => {
    const user = await member("VIEWER");
    expect((await loadCurrentUser(user.id))?.memberships).toHaveLength(1);
    await database.prisma.membership.updateMany({
      where: { userId: user.id },
      data: { deactivatedAt: new Date() },
    });
    expect((await loadCurrentUser(user.id))?.memberships).toHaveLength(0);
    await database.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadCurrentUser(user.id)).toBeNull();
  });
});
