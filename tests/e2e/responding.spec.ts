import { expect, test, type Page } from "@playwright/test";
import { RAG_DEFINITIONS } from "../../lib/framework/six-steps";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/auth";
import { openPartnershipSection } from "./support/navigation";

const LEAD = "lead.scrutineer@northshire.example";

async function openStepOne(page: Page): Promise<void> {
  await openPartnershipSection(page, "Assessments");
  await page.getByRole("link", { name: "Independent scrutiny 2026–27" }).click();
  await expect(page.getByRole("list", { name: "Steps" }).getByRole("listitem")).toHaveCount(6);
  await page.getByRole("link", { name: /^Step 1:/ }).click();
}

test("a scrutineer answers by keyboard, sees it saved, and keeps it after a reload", async ({
  page,
}) => {
  await signIn(page, LEAD);
  await openStepOne(page);
  await expectNoAxeViolations(page);
  const question = page.getByRole("region", { name: /^1\.1/ });
  await expect(question.getByText(RAG_DEFINITIONS.AMBER, { exact: true })).toBeVisible();

  await question.getByRole("radio", { name: "Amber" }).focus();
  await page.keyboard.press("Space");
  await expect(question.getByRole("radio", { name: "Amber" })).toBeChecked();
  await question.getByRole("textbox", { name: "Narrative" }).focus();
  await page.keyboard.type("The plan exists but children were not consulted on it.");
  await question
    .getByRole("textbox", { name: /What work remains/ })
    .fill("Consult the youth voice forum before the plan is reviewed.");
  await question.getByRole("checkbox", { name: /Safeguarding children partnership plan/ }).check();
  await expect(question.getByRole("status")).toHaveText(/Saved at \d\d:\d\d/);
  // Rating, narrative, remaining work and evidence are done: only the action plan is still needed.
  await expect(
    question.getByText("Still needed before you submit").locator("..").getByRole("listitem"),
  ).toHaveText(["Add at least one action: every answer needs an action plan"]);

  await page.reload();
  const reloaded = page.getByRole("region", { name: /^1\.1/ });
  await expect(reloaded.getByRole("radio", { name: "Amber" })).toBeChecked();
  await expect(reloaded.getByRole("textbox", { name: "Narrative" })).toHaveValue(
    "The plan exists but children were not consulted on it.",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /Back to the steps/ }).click();
  await expect(page.getByText("You have answered 1 of 24 questions.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Step 1:" })).toContainText(
    "In progress",
  );
  await expectNoAxeViolations(page);
});

test("two browsers editing one answer: the second save is refused and both versions are shown", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const contexts = [await browser.newContext(), await browser.newContext()];
  const [first, second] = [await contexts[0]!.newPage(), await contexts[1]!.newPage()];
  await signIn(first, LEAD);
  await signIn(second, LEAD);
  for (const page of [first, second]) await openStepOne(page);
  const inFirst = first.getByRole("region", { name: /^1\.2/ });
  const inSecond = second.getByRole("region", { name: /^1\.2/ });

  await inFirst.getByRole("radio", { name: "Red" }).check();
  await inFirst.getByRole("textbox", { name: "Narrative" }).fill("Written in the first browser");
  await expect(inFirst.getByRole("status")).toHaveText(/Saved at/);

  await inSecond.getByRole("textbox", { name: "Narrative" }).fill("Written in the second browser");
  const conflict = inSecond.getByRole("alert");
  await expect(conflict).toContainText("Someone else saved this answer");
  await expect(conflict).toContainText("Written in the first browser");
  await expect(conflict).toContainText("Written in the second browser");
  await expectNoAxeViolations(second);
  await conflict.getByRole("button", { name: "Keep my version" }).click();
  await expect(inSecond.getByRole("status")).toHaveText(/Saved at/);

  await first.reload();
  await expect(
    first.getByRole("region", { name: /^1\.2/ }).getByRole("textbox", { name: "Narrative" }),
  ).toHaveValue("Written in the second browser");
  for (const context of contexts) await context.close();
});

test("submitting with gaps lists exactly what is missing, linked to each question", async ({
  page,
}) => {
  await signIn(page, LEAD);
  await openPartnershipSection(page, "Assessments");
  await page.getByRole("link", { name: "Independent scrutiny 2026–27" }).click();
  await page.getByRole("button", { name: "Submit your answers" }).click();
  const problem = page.getByRole("alert", { name: "There is a problem" });
  await expect(problem).toContainText(
    /You cannot submit yet: \d+ of 24 questions are not complete\./,
  );
  await expect(problem).toBeFocused();
  await expectNoAxeViolations(page);
  await problem.getByRole("link", { name: "Question 1.3: Choose a rating" }).click();
  await expect(page).toHaveURL(/\/steps\/1#q1-3-title$/);
  await expect(page.getByRole("heading", { level: 2, name: /^1\.3/ })).toBeInViewport();
});

test("a business manager creates a core-partner self-assessment", async ({ page }) => {
  await signIn(page, "business.manager@northshire.example");
  await openPartnershipSection(page, "Assessments");
  await expect(page.getByRole("link", { name: "Independent scrutiny 2026–27" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Create an assessment" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Title").fill("Core-partner self-assessment 2026–27");
  await page.getByRole("radio", { name: "Core-partner self-assessment" }).check();
  await page.getByRole("combobox", { name: "Cycle" }).selectOption({ label: "2026–27" });
  const organisations = page.getByRole("group", { name: "Organisations taking part" });
  for (const name of [
    "Northshire County Council",
    "Northshire Police",
    "NHS Northshire Integrated Care Board",
  ]) {
    await organisations.getByRole("checkbox", { name }).check();
  }
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(
    page.getByRole("link", { name: "Core-partner self-assessment 2026–27" }),
  ).toBeVisible();
  await expect(page.getByRole("main")).toContainText("0 of 72");
});
