import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { openPartnershipSection } from "./support/navigation";

const LEAD = "lead.scrutineer@northshire.example";
const POLICE = "police.respondent@northshire.example";
const CHAIR = "chair@northshire.example";
const SCRUTINY = "Independent scrutiny 2025–26";

const AREA = "Training is not yet evaluated for its impact on practice.";
const NARRATIVE =
  "Step 3 rests on the youth voice forum: children now set two of the partnership's priorities.";
const COMMENT =
  "Step 2 says the relevant agencies' forum lapsed in June; it last met in September.";
const DECISION = "The forum's minutes show no quorate meeting after June, so the text stands.";
const RESPONSE =
  "The safeguarding partners accept this area: the ICB's designated nurse will lead Section 11 follow-up with both agencies by June.";

/** Chooses the option whose text contains `text`. */
async function selectByText(select: Locator, text: string): Promise<void> {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

/** The address of last cycle's scrutiny report, opened from the partnership's assessments. */
async function openReport(page: Page): Promise<string> {
  await openPartnershipSection(page, "Assessments");
  await page.getByRole("main").getByRole("link", { name: SCRUTINY, exact: true }).click();
  await page.getByRole("link", { name: "Scrutiny report" }).click();
  await expect(page).toHaveURL(/\/report$/);
  return page.url();
}

test("the scrutineers write a step narrative; the police comment on factual accuracy and respond to an area for development; the report shows both", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, LEAD);
  const report = await openReport(lead);

  // The overall summary: a third area for development, added after sign-off.
  await lead.goto(`${report}/summary`);
  await expect(lead.getByRole("heading", { level: 1, name: "Overall summary" })).toBeVisible();
  await expectNoAxeViolations(lead);
  await lead.getByRole("button", { name: "Add area for development" }).click();
  await expect(lead.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter the area for development",
  );
  await expectNoAxeViolations(lead);
  await lead.getByLabel("New area for development").fill(AREA);
  await lead.getByRole("button", { name: "Add area for development" }).click();
  await expect(lead.getByText("Area for development added")).toBeVisible();
  await expect(lead.getByLabel("Area for development 3")).toHaveValue(AREA);

  // A step narrative, written after sign-off.
  await lead.goto(`${report}/steps/3`);
  await expect(lead.getByRole("table", { name: "Agreed ratings for step 3" })).toBeVisible();
  await expectNoAxeViolations(lead);
  await lead.getByLabel("Narrative for step 3").fill("");
  await lead.getByRole("button", { name: "Save narrative" }).click();
  await expect(lead.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter the narrative for this step",
  );
  await lead.getByLabel("Narrative for step 3").fill(NARRATIVE);
  await lead.getByRole("button", { name: "Save narrative" }).click();
  await expect(lead.getByText("Narrative saved")).toBeVisible();
  await expectNoAxeViolations(lead);

  // The lead scrutineer shares the draft again for a factual-accuracy check.
  await lead.goto(`${report}/accuracy`);
  await expect(lead.getByRole("main")).toContainText("Closed");
  await expectNoAxeViolations(lead);
  await lead.getByRole("button", { name: "Open the factual-accuracy check again" }).click();
  await expect(lead.getByText("The factual-accuracy check is open")).toBeVisible();

  // The police comment for their own organisation.
  const police = await (await browser.newContext()).newPage();
  await signIn(police, POLICE);
  await police.goto(`${report}/accuracy`);
  await expect(police.getByRole("main")).toContainText("You are commenting for Northshire Police");
  await police.getByRole("button", { name: "Add comment" }).click();
  await expect(police.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(police);
  await selectByText(police.getByLabel("Part of the report"), "Step 2");
  await police.getByLabel("Comment", { exact: true }).fill(COMMENT);
  await police.getByRole("button", { name: "Add comment" }).click();
  await expect(police.getByText("Comment added")).toBeVisible();
  await expectNoAxeViolations(police);

  // The scrutineer decides what changes.
  await lead.reload();
  await expect(lead.getByRole("main")).toContainText(COMMENT);
  await lead
    .getByRole("group", { name: "Was the report changed? on comment 2" })
    .getByRole("radio", { name: "No change made" })
    .check();
  await lead.getByLabel("What changed in the report, or why not on comment 2").fill(DECISION);
  await lead.getByRole("button", { name: "Save decision on comment 2" }).click();
  await expect(lead.getByText("Decision on comment 2 saved")).toBeVisible();
  await expectNoAxeViolations(lead);

  // The police record the partners' management response to the second area for development.
  await police.goto(`${report}/management-response`);
  await expectNoAxeViolations(police);
  await police.getByLabel("Management response to area for development 2").fill(RESPONSE);
  await police
    .getByRole("button", { name: "Save management response to area for development 2" })
    .click();
  await expect(police.getByText("Recorded by Detective Superintendent Karen Lowe")).toBeVisible();
  await expectNoAxeViolations(police);

  // The chair reads all of it in the report, and cannot write any of it.
  const chair = await (await browser.newContext()).newPage();
  await signIn(chair, CHAIR);
  await chair.goto(report);
  const main = chair.getByRole("main");
  await expect(main).toContainText(NARRATIVE);
  await expect(main).toContainText(AREA);
  await expect(main).toContainText(COMMENT);
  await expect(main).toContainText(DECISION);
  await expect(main).toContainText(RESPONSE);
  await expectNoAxeViolations(chair);
  const forbidden = await chair.goto(`${report}/summary`);
  expect(forbidden?.status()).toBe(403);
});
