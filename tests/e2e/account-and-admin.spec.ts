import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/auth";
import { openPartnershipSection } from "./support/navigation";

test("a forgotten password is reset through a single-use emailed link", async ({
  page,
  browser,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "I have forgotten my password" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill("chair@northshire.example");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("If an account exists for that email address")).toBeVisible();

  const outbox = await browser.newPage();
  await outbox.goto("/outbox");
  const text =
    (await outbox
      .locator("article")
      .filter({ hasText: "chair@northshire.example" })
      .first()
      .locator("pre")
      .textContent()) ?? "";
  const link = text.match(/http:\/\/localhost:\d+(\/reset-password\/\S+)/)?.[1] ?? "";
  expect(link).not.toBe("");

  await page.goto(link);
  await expectNoAxeViolations(page);
  await page.getByLabel("New password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("Confirm new password").fill("something else entirely");
  await page.getByRole("button", { name: /password/i }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("Confirm new password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /password/i }).click();
  await expect(
    page.getByText("anyone signed in to your account elsewhere has been signed out"),
  ).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/new password/i);
  await signIn(page, "chair@northshire.example");
});

test("the business manager reads the access log and downloads it as CSV", async ({ page }) => {
  await signIn(page, "business.manager@northshire.example");
  await openPartnershipSection(page, "Access log");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Access log");
  await expect(page.getByRole("table")).toContainText("Helen Carter");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download as CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^access-log-\d{4}-\d{2}-\d{2}\.csv$/);
});

test("a site administrator creates a partnership with its statutory partners and first business manager", async ({
  page,
}) => {
  await signIn(page, "admin@northshire.example");
  await page.getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partnerships");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Create a partnership" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Create partnership" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Partnership name").fill("Westvale Safeguarding Children Partnership");
  await page.getByLabel("Local authority areas").fill("Westvale Council");
  await page.getByLabel("Partner 1: organisation name").fill("Westvale Council");
  await page.getByLabel("Partner 2: organisation name").fill("Westvale Police");
  await page.getByLabel("Partner 3: organisation name").fill("NHS Westvale Integrated Care Board");
  await page.getByLabel("Full name").fill("Wendy Vale");
  await page
    .getByRole("group", { name: "First business manager" })
    .getByLabel("Email address")
    .fill("wendy.vale@example.org");
  await page.getByRole("button", { name: "Create partnership" }).click();
  await expect(page.getByRole("main")).toContainText("Westvale Safeguarding Children Partnership");
});
