import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { totpCode } from "../../../lib/auth/totp";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../../prisma/seed/demo-data";

// Kept in a file for the whole run: Playwright starts a new worker after a failed test, and a
// code used by an earlier worker must not be offered again.
const STATE = process.env.E2E_TOTP_STATE ?? path.join(os.tmpdir(), "six-steps-e2e-totp.json");

function usedSteps(): Record<string, number> {
  return existsSync(STATE)
    ? (JSON.parse(readFileSync(STATE, "utf8")) as Record<string, number>)
    : {};
}

/** A TOTP code this account has not used yet: a code is accepted once, so wait for the next one. */
export async function freshCode(key: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  while ((usedSteps()[key] ?? -1) >= step) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    step = Math.floor(Date.now() / 30_000);
  }
  writeFileSync(STATE, JSON.stringify({ ...usedSteps(), [key]: step }));
  return totpCode(secret);
}

/** Signs in through the real pages, entering the two-factor code when asked. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/(home|sign-in\/two-factor)/);
  if (page.url().includes("/sign-in/two-factor")) {
    await page.getByLabel("Code from your authenticator app").fill(await freshCode(email));
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page).toHaveURL(/\/home$/);
}
