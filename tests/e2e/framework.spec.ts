import { expect, test } from "@playwright/test";
import { RAG_DEFINITIONS, SIX_STEPS_FRAMEWORK } from "../../lib/framework/six-steps";
import { expectNoAxeViolations } from "./support/axe";

test.describe("the public framework page", () => {
  test("lists the six steps and all 24 questions verbatim, from the database", async ({ page }) => {
    await page.goto("/framework");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Six Steps for Independent Scrutiny",
    );
    for (const step of SIX_STEPS_FRAMEWORK.steps) {
      await expect(page.getByRole("heading", { level: 2, name: step.title })).toBeVisible();
      for (const question of step.questions) {
        await expect(page.getByText(question.text, { exact: true })).toBeVisible();
      }
    }
    await expect(page.getByRole("listitem").filter({ hasText: /^\d\.\d/ })).toHaveCount(24);
    await expect(page.getByText(RAG_DEFINITIONS.AMBER, { exact: true })).toBeVisible();
  });

  test("has no WCAG 2.2 AA violations and can be reached by keyboard", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.getByRole("link", { name: "Read the Six Steps framework" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/framework$/);
    await expectNoAxeViolations(page);
  });

  test("the home page has no WCAG 2.2 AA violations", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });
});

test("GET /api/health is 200 with the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
