import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { fillReturn, type Filled } from "../support/fill-return";
import { signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { openPartnershipSection } from "./support/navigation";

const MANAGER = "business.manager@northshire.example";
const TITLE = "Relevant agencies' returns 2026–27";
const SCHOOLS = "Northshire Schools Alliance";
const POLICE = "Northshire Police";
const YOUTH = "Northshire Youth Service";

/** A UK date `days` from today as the day, month and year a person types. */
function ukDate(days: number): { day: string; month: string; year: string } {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" })
    .format(new Date(Date.now() + days * 86_400_000))
    .split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

async function fillDate(page: Page, legend: string, days: number): Promise<void> {
  const date = ukDate(days);
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day", { exact: true }).fill(date.day);
  await group.getByLabel("Month", { exact: true }).fill(date.month);
  await group.getByLabel("Year", { exact: true }).fill(date.year);
}

async function openAssessment(page: Page): Promise<void> {
  await page.goto("/home");
  await openPartnershipSection(page, "Assessments");
  await page.getByRole("main").getByRole("link", { name: TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
}

test("a business manager gathers returns: one organisation submits online and is signed off, one returns an Excel questionnaire, a third is overdue", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, MANAGER);
  await openPartnershipSection(manager, "Assessments");
  await manager.getByRole("link", { name: "Create an assessment" }).click();
  await manager.getByLabel("Title").fill(TITLE);
  await manager.getByRole("radio", { name: "Wider-partner self-assessment" }).check();
  await manager.getByRole("combobox", { name: "Cycle" }).selectOption({ label: "2026–27" });
  const organisations = manager.getByRole("group", { name: "Organisations taking part" });
  await organisations.getByRole("checkbox", { name: SCHOOLS }).check();
  await organisations.getByRole("checkbox", { name: POLICE }).check();
  await manager.getByRole("button", { name: "Create assessment" }).click();
  await manager.getByRole("link", { name: TITLE }).click();

  // The schools answer Step 1 only.
  await manager
    .getByRole("link", { name: "Choose which questions each organisation answers" })
    .click();
  await manager.getByRole("link", { name: `Choose questions for ${SCHOOLS}` }).click();
  await expectNoAxeViolations(manager);
  for (let step = 2; step <= 6; step += 1) {
    const group = manager.getByRole("group", { name: new RegExp(`^Step ${step}:`) });
    for (const box of await group.getByRole("checkbox").all()) await box.uncheck();
  }
  await manager.getByRole("button", { name: `Save questions for ${SCHOOLS}` }).click();
  await expect(manager.getByText("Questions saved")).toBeVisible();
  await expect(manager.getByRole("main")).toContainText("It answers 4 now.");

  // The returns grid; a third organisation, new to the partnership, whose deadline has passed.
  await openAssessment(manager);
  await manager.getByRole("link", { name: "Returns", exact: true }).click();
  await expect(manager.getByRole("main")).toContainText("2 organisations taking part");
  const gridUrl = manager.url();
  await expectNoAxeViolations(manager);
  await manager.getByRole("link", { name: "Add an organisation" }).click();
  await manager.getByRole("button", { name: "Add organisation" }).click();
  await expect(manager.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(manager);
  await manager
    .getByLabel("Organisation", { exact: true })
    .selectOption({ label: "A new relevant agency (enter its details below)" });
  await manager.getByLabel("Name of the new relevant agency").fill(YOUTH);
  await manager.getByLabel("Kind of organisation").selectOption({ label: "Other relevant agency" });
  await manager.getByLabel("Respondent's name").fill("Jo Turner");
  await manager.getByLabel("Respondent's email address").fill("jo.turner@youth.example");
  await fillDate(manager, "Deadline", -3);
  await manager.getByRole("button", { name: "Add organisation" }).click();
  await expect(manager.getByText("Organisation added")).toBeVisible();
  await manager.goto(gridUrl);

  // A CSV with a bad row adds nothing and says which row and column.
  await manager.getByRole("link", { name: "Add organisations from a CSV file" }).click();
  await expectNoAxeViolations(manager);
  const csv = path.join(os.tmpdir(), `returns-${Date.now()}.csv`);
  writeFileSync(
    csv,
    "organisation,kind,respondent name,respondent email,deadline\nNorthshire Libraries,Other relevant agency,Ann Lee,not-an-email,31/01/2027\n",
  );
  await manager.getByLabel("CSV file").setInputFiles(csv);
  await manager.getByRole("button", { name: "Upload and add organisations" }).click();
  await expect(manager.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Nothing has been imported",
  );
  await expect(manager.getByRole("main")).toContainText(
    'Row 2, respondent email: "not-an-email" is not a valid email address',
  );
  await expectNoAxeViolations(manager);

  // The schools answer online, submit, and record their senior person's sign-off.
  const schools = await (await browser.newContext()).newPage();
  await signIn(schools, "schools.respondent@northshire.example");
  await schools.getByRole("main").getByRole("link", { name: TITLE }).first().click();
  await schools.getByRole("link", { name: /^Step 1:/ }).click();
  const regions = schools.getByRole("region", { name: /^1\.\d/ });
  await expect(regions).toHaveCount(4);
  for (const region of await regions.all()) {
    await region.getByRole("radio", { name: "Red", exact: true }).check();
    await region
      .getByRole("textbox", { name: "Narrative" })
      .fill("Schools are not yet part of the partnership's planning.");
    await expect(region.getByRole("status")).toHaveText(/Saved at/);
  }
  await schools.getByRole("link", { name: "Add an action for question 1.1" }).click();
  await schools
    .getByLabel("Action", { exact: true })
    .fill("Bring schools' safeguarding leads into the partnership's planning");
  await schools.getByRole("radio", { name: "A member of the partnership" }).check();
  const members = schools.getByLabel("Member", { exact: true });
  await members.selectOption(
    (await members.locator("option", { hasText: "Mark Evans" }).getAttribute("value")) ?? "",
  );
  await fillDate(schools, "Due date", 120);
  await schools.getByRole("radio", { name: "High" }).check();
  await schools.getByText(/^Also link this action to other questions/).click();
  for (const code of ["1.2", "1.3", "1.4"])
    await schools
      .locator("details")
      .getByRole("checkbox", { name: new RegExp(`^${code.replace(".", "\\.")}`) })
      .check();
  await schools.getByRole("button", { name: "Raise action" }).click();
  await expect(schools.getByText("Step 1 of 6")).toBeVisible();
  await schools.getByRole("link", { name: /Back to the steps/ }).click();
  await expect(schools.getByText("You have answered 4 of 4 questions.")).toBeVisible();
  await schools.getByRole("button", { name: "Submit your answers" }).click();
  await expect(schools.getByText("You have submitted your answers.")).toBeVisible();
  await schools.getByRole("link", { name: "Record your senior person's sign-off" }).click();
  await expectNoAxeViolations(schools);
  await schools
    .getByLabel("Name of the senior person who signed off the return")
    .fill("Mrs Helen Price");
  await schools.getByLabel("Their role").fill("Chair of the Schools Alliance");
  await fillDate(schools, "Date they signed it off", 0);
  await schools.getByRole("button", { name: "Record sign-off" }).click();
  await expect(schools.getByRole("main")).toContainText("Returned");

  // The police return their answers in the Excel questionnaire.
  const police = await (await browser.newContext()).newPage();
  await signIn(police, "police.respondent@northshire.example");
  await police.getByRole("main").getByRole("link", { name: TITLE }).first().click();
  await police
    .getByRole("link", { name: "Download the questionnaire or upload a completed one" })
    .click();
  await expectNoAxeViolations(police);
  const [download] = await Promise.all([
    police.waitForEvent("download"),
    police
      .getByRole("link", { name: "Download the questionnaire as an Excel spreadsheet" })
      .click(),
  ]);
  const answers: Record<string, Filled> = {};
  for (let step = 1; step <= 6; step += 1)
    for (let question = 1; question <= 4; question += 1)
      answers[`${step}.${question}`] = {
        rating: "Red",
        narrative: "The police return: not yet evidenced across the force area.",
      };
  const filled = path.join(os.tmpdir(), `police-return-${Date.now()}.xlsx`);
  writeFileSync(filled, await fillReturn(readFileSync(await download.path()), answers));
  await police.getByRole("link", { name: "Upload a completed Excel questionnaire" }).click();
  await expectNoAxeViolations(police);
  await police.getByLabel("Completed questionnaire").setInputFiles(filled);
  await police.getByRole("button", { name: "Upload and check the file" }).click();
  await expect(
    police.getByRole("heading", { name: "Check what the file will change" }),
  ).toBeVisible();
  await expectNoAxeViolations(police);
  await police.getByRole("button", { name: "Confirm import" }).click();
  await expect(police.getByRole("main")).toContainText("24 answers were imported");

  // The grid: the schools returned, the police in progress with every answer, the youth service overdue.
  await manager.goto(gridUrl);
  const grid = manager.getByRole("table", { name: "Organisations and their returns" });
  await expect(grid.getByRole("row", { name: new RegExp(SCHOOLS) })).toContainText("Returned");
  await expect(grid.getByRole("row", { name: new RegExp(POLICE) })).toContainText("In progress");
  await expect(grid.getByRole("row", { name: new RegExp(POLICE) })).toContainText("24 of 24");
  await expect(grid.getByRole("row", { name: new RegExp(YOUTH) })).toContainText("Overdue");
  await expect(manager.getByRole("main")).toContainText("1 returned");
  await expect(manager.getByRole("main")).toContainText("1 overdue");
  await expectNoAxeViolations(manager);

  // Chasing the overdue organisation, logged on the grid.
  await manager.getByRole("link", { name: "Send a reminder" }).click();
  await expectNoAxeViolations(manager);
  await manager.getByRole("checkbox", { name: new RegExp(YOUTH) }).check();
  await manager.getByRole("button", { name: "Send reminders" }).click();
  await expect(manager.getByRole("main")).toContainText(`Reminder sent to ${YOUTH}.`);
  await expect(manager.getByRole("main")).toContainText("sent by the business manager");
  await expectNoAxeViolations(manager);
});

test("the business manager gives relevant agencies their own wording of a question, with the original one click away", async ({
  page,
}) => {
  await signIn(page, MANAGER);
  await page.goto("/home");
  await openPartnershipSection(page, "Frameworks");
  await page
    .getByRole("link", { name: /wording/i })
    .first()
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Question wording for relevant agencies" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
