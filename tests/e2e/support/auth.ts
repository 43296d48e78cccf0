import { expect, type Page } from "@playwright/test";
import { totpCode } from "../../../lib/auth/totp";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../../prisma/seed/demo-data";

const lastStep = new Map<string, number>();

/** A TOTP code this account has not used yet: a code is accepted once, so wait for the next one. */
export async function freshCode(key: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  while ((lastStep.get(key) ?? -1) >= step) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    step = Math.floor(Date.now() / 30_000);
  }
  lastStep.set(key, step);
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
