import { expect, test } from "@playwright/test";
import { DEMO_PARTNERSHIP, DEMO_USERS } from "../../prisma/seed/demo-data";
import { expectNoAxeViolations } from "./support/axe";
import { freshCode, signIn } from "./support/auth";

const byRole = (role: string | null) =>
  DEMO_USERS.find((user) => user.role === role) as (typeof DEMO_USERS)[number];

test("the sign-in and two-factor pages meet WCAG 2.2 AA, errors included", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter your email address",
  );
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeFocused();
  await expectNoAxeViolations(page);

  const manager = byRole("BUSINESS_MANAGER");
  await page.getByLabel("Email address").fill(manager.email);
  await page.getByLabel("Password").fill("Northshire-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Code from your authenticator app").fill("123456");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "The code is not right",
  );
  await expectNoAxeViolations(page);
});

test("a wrong password gets one clear message and no hint whether the account exists", async ({
  page,
}) => {
  for (const email of ["chair@northshire.example", "nobody@northshire.example"]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Enter a correct email address and password.",
    );
  }
});

for (const user of DEMO_USERS) {
  test(`${user.jobTitle} signs in${user.twoFactor ? " with a two-factor code" : ""} and sees only what the role allows`, async ({
    page,
  }) => {
    await signIn(page, user.email);
    const main = page.getByRole("main");
    if (!user.role) {
      await expect(main).toContainText("You are not a member of any partnership yet");
      await expect(page.getByRole("link", { name: "Administration" })).toBeVisible();
      return;
    }
    await main.getByRole("link", { name: DEMO_PARTNERSHIP.name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PARTNERSHIP.name);
    const nav = page.getByRole("navigation", { name: "Partnership" });
    const manager = user.role === "BUSINESS_MANAGER";
    await expect(nav.getByRole("link", { name: "Members" })).toHaveCount(manager ? 1 : 0);
    await expect(nav.getByRole("link", { name: "Access log" })).toHaveCount(manager ? 1 : 0);
    await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const partnershipUrl = page.url();
    const members = await page.goto(`${partnershipUrl}/members`);
    expect(members?.status()).toBe(manager ? 200 : 403);
  });
}

test("a made-up recovery code is refused; the current authenticator code then works", async ({
  page,
}) => {
  // Real recovery codes are exercised in the invitation journey (members.spec.ts), where they are shown.
  const scrutineer = byRole("SCRUTINEER");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(scrutineer.email);
  await page.getByLabel("Password").fill("Northshire-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/two-factor/);
  await page.getByLabel("Code from your authenticator app").fill("abcd-efgh");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "The code is not right",
  );
  await page.getByLabel("Code from your authenticator app").fill(await freshCode(scrutineer.email));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/home$/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "schools.contributor@northshire.example");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fhome/);
});
