import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ADAPTATION_ATTRIBUTION, FRAMEWORK_CITATION } from "../../lib/framework/six-steps";
import { signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { openPartnershipSection } from "./support/navigation";

const TITLE = "Six Steps (Northshire seven-step adaptation)";
const NEW_QUESTION = "Do children help choose which safeguarding concerns the partnership reviews?";
const NEW_STEP = "Step 7: Education settings are engaged as a fourth partner";
const NEW_STEP_QUESTION = "Are schools represented on the partnership's executive group?";

/** A question's text box in the editor ("Question 3.5", or "Question 3.5 (new)"). */
const questionBox = (page: Page, code: string) =>
  page.getByRole("textbox", { name: new RegExp(`^Question ${code.replace(".", "\\.")}\\b`) });

test("a business manager adapts the framework to seven steps, publishes it and assesses on it; the original is untouched", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "business.manager@northshire.example");
  await openPartnershipSection(page, "Frameworks");
  await expect(page.getByRole("heading", { level: 1, name: "Frameworks" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(FRAMEWORK_CITATION);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Adapt this framework" }).click();
  await expect(page.getByRole("main")).toContainText(ADAPTATION_ATTRIBUTION);
  await expectNoAxeViolations(page);
  await page.getByLabel("Title of the adapted framework").fill(TITLE);
  await page.getByRole("button", { name: "Adapt and start editing" }).click();

  // The editor: add a question to step 3, remove 6.4, add a seventh step.
  await expect(page.getByLabel("Step 3 title")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Add a question to step 3" }).click();
  const added = questionBox(page, "3.5");
  await expect(added).toBeFocused();
  await added.fill(NEW_QUESTION);
  await page.getByRole("button", { name: "Remove question 6.4" }).click();
  await expect(questionBox(page, "6.4")).toHaveCount(0);
  await page.getByRole("button", { name: "Add a step" }).click();
  await expect(page.getByLabel("Step 7 title")).toBeFocused();
  await page.getByLabel("Step 7 title").fill(NEW_STEP.replace("Step 7: ", ""));
  await questionBox(page, "7.1").fill(NEW_STEP_QUESTION);
  // Live preview follows the draft before it is saved.
  const preview = page.getByRole("region", { name: /preview/i });
  await expect(preview).toContainText(NEW_QUESTION);
  await expect(preview).toContainText(NEW_STEP_QUESTION);
  await expect(page.getByRole("status").filter({ hasText: "not saved" })).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("All changes are saved.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Saved: a reload shows the same draft.
  await page.reload();
  await expect(questionBox(page, "3.5")).toHaveValue(NEW_QUESTION);
  await expect(questionBox(page, "6.4")).toHaveCount(0);
  await expect(page.getByLabel("Step 7 title")).toHaveValue(NEW_STEP.replace("Step 7: ", ""));

  await page.getByRole("link", { name: "Back to the draft" }).first().click();
  await expect(page.getByRole("main")).toContainText(ADAPTATION_ATTRIBUTION);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /^Publish version/ }).click();
  await expect(page.getByRole("main")).toContainText("Published on");
  await expect(page.getByRole("link", { name: "Edit this draft" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The downloaded file holds the seven steps with the attribution.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Download as a file/ }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, "utf8")) as {
    attribution?: string;
    steps: Array<{ title: string; questions: Array<{ text: string }> }>;
  };
  expect(file.steps.map((step) => step.questions.length)).toEqual([4, 4, 5, 4, 4, 3, 1]);
  expect(JSON.stringify(file)).toContain(ADAPTATION_ATTRIBUTION);

  // An assessment on the adapted version: seven steps, the attribution on its pages.
  await page
    .getByRole("navigation", { name: "Partnership" })
    .getByRole("link", { name: "Assessments" })
    .click();
  await page.getByRole("link", { name: "Create an assessment" }).click();
  await page.getByLabel("Title").fill("Adapted self-assessment 2026–27");
  await page.getByRole("radio", { name: "Core-partner self-assessment" }).check();
  await page.getByRole("combobox", { name: "Cycle" }).selectOption({ label: "2026–27" });
  await page
    .getByRole("combobox", { name: "Framework" })
    .selectOption({ label: `${TITLE}: Version 1` });
  await page
    .getByRole("group", { name: "Organisations taking part" })
    .getByRole("checkbox", { name: "Northshire Police" })
    .check();
  await page.getByRole("button", { name: "Create assessment" }).click();
  await page.getByRole("link", { name: "Adapted self-assessment 2026–27" }).click();
  const steps = page.getByRole("list", { name: "Steps" });
  await expect(steps.getByRole("link")).toHaveCount(7);
  await expect(steps.getByRole("link", { name: NEW_STEP })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(ADAPTATION_ATTRIBUTION);
  await expectNoAxeViolations(page);
  await steps.getByRole("link", { name: /^Step 3:/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^3\.5/ })).toContainText(NEW_QUESTION);
  await expect(page.getByRole("main")).toContainText(ADAPTATION_ATTRIBUTION);
  await expectNoAxeViolations(page);

  // The original keeps its 24 questions, and comparing names what changed.
  await page
    .getByRole("navigation", { name: "Partnership" })
    .getByRole("link", { name: "Frameworks" })
    .click();
  await page.getByRole("link", { name: "Compare two versions" }).click();
  await expectNoAxeViolations(page);
  await page
    .getByRole("combobox", { name: "Earlier version" })
    .selectOption({ label: "Six Steps for Independent Scrutiny: Original (Pearce 2019)" });
  await page
    .getByRole("combobox", { name: "Later version" })
    .selectOption({ label: `${TITLE}: Version 1` });
  await page.getByRole("button", { name: "Compare" }).click();
  const comparison = page.getByRole("region", { name: /^From / });
  await expect(comparison).toContainText(NEW_QUESTION);
  await expect(comparison).toContainText(NEW_STEP_QUESTION);
  await expectNoAxeViolations(page);

  await page.goto("/framework");
  await expect(page.getByText(/^6\.4/)).toBeVisible();
});

test("a malformed framework file is refused with reasons and creates nothing", async ({ page }) => {
  await signIn(page, "business.manager@northshire.example");
  await openPartnershipSection(page, "Frameworks");
  await expect(page.getByRole("heading", { level: 1, name: "Frameworks" })).toBeVisible();
  const adaptations = page.getByText("Adapted by your partnership", { exact: true });
  const before = await adaptations.count();
  await page.getByRole("link", { name: "Import a framework file" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Framework file").setInputFiles({
    name: "framework.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "six-steps-framework", steps: [] })),
  });
  await page.getByRole("button", { name: "Import framework" }).click();
  const problem = page.getByRole("alert", { name: "There is a problem" });
  await expect(problem).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Framework file").setInputFiles({
    name: "framework.json",
    mimeType: "application/json",
    buffer: Buffer.from("{ not json"),
  });
  await page.getByRole("button", { name: "Import framework" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Partnership" })
    .getByRole("link", { name: "Frameworks" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Frameworks" })).toBeVisible();
  await expect(adaptations).toHaveCount(before);
});
