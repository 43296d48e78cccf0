import ExcelJS from "exceljs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/auth";
import { openPartnershipSection } from "./support/navigation";

const MANAGER = "business.manager@northshire.example";
const SECOND_SCRUTINEER = "scrutineer@northshire.example";
const SCHOOLS = "schools.respondent@northshire.example";
const FORMULA = "=cmd|' /C calc'!A0";
const COLUMNS = [
  "Action",
  "Owner organisation",
  "Owner",
  "Due",
  "Status",
  "Priority",
  "Source",
  "Questions",
  "Cycle",
];

/** Today's date in London plus `days`, as the day, month and year a person types. */
function ukDate(days: number): { day: string; month: string; year: string } {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" })
    .format(new Date(Date.now() + days * 86_400_000))
    .split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

async function fillDueDate(page: Page, days: number): Promise<void> {
  const due = ukDate(days);
  const group = page.getByRole("group", { name: "Due date" });
  await group.getByLabel("Day", { exact: true }).fill(due.day);
  await group.getByLabel("Month", { exact: true }).fill(due.month);
  await group.getByLabel("Year", { exact: true }).fill(due.year);
}

/** Chooses the option whose text contains `text`. */
async function selectByText(select: Locator, text: string): Promise<void> {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

/** The tracker's table as the text of each row's cells, in column order. */
async function screenRows(page: Page): Promise<string[][]> {
  const table = page.getByRole("region", { name: "Actions" }).getByRole("table");
  const rows = table.locator("tbody tr");
  const result: string[][] = [];
  for (const row of await rows.all()) {
    const cells = row.locator("td");
    const texts: string[] = [];
    for (const cell of await cells.all()) {
      // Skip the selection checkbox cell a business manager sees.
      if ((await cell.locator("input[type=checkbox]").count()) > 0) continue;
      texts.push((await cell.innerText()).replace(/\s+/g, " ").trim());
    }
    result.push(texts);
  }
  return result;
}

test("a scrutineer sees last cycle beside each question, raises an action from an answer, and the change since last cycle", async ({
  page,
}) => {
  await signIn(page, SECOND_SCRUTINEER);
  await page
    .getByRole("main")
    .getByRole("link", { name: "Independent scrutiny 2026–27" })
    .first()
    .click();
  await expect(page.getByText(/Started from/)).toContainText("Independent scrutiny 2025–26");
  await page.getByRole("link", { name: /^Step 1:/ }).click();
  // Last cycle's completed action stayed with its cycle: it is not part of this cycle's plan.
  const first = page.getByRole("region", { name: /^1\.1/ });
  await expect(first.getByRole("region", { name: "Last cycle (2025–26)" })).toContainText("Green");
  await expect(first.getByRole("region", { name: /Action plan/ })).toContainText("No actions yet");
  await page.getByRole("link", { name: "Next: step 2" }).click();

  const question = page.getByRole("region", { name: /^2\.1/ });
  const lastCycle = question.getByRole("region", { name: "Last cycle (2025–26)" });
  await expect(lastCycle).toContainText("Red");
  // The open action carried forward from last cycle is already part of this answer's plan.
  const plan = question.getByRole("region", { name: /Action plan/ });
  await expect(plan).toContainText("Make the youth voice forum part of how the partnership");
  await expect(plan).toContainText("Carried forward from 2025–26");
  await expectNoAxeViolations(page);

  // Rated Amber against last cycle's Red: the change is said in words.
  await question
    .getByRole("group", { name: "Rating for question 2.1" })
    .getByRole("radio", { name: "Amber" })
    .check();
  await expect(question.getByRole("status")).toHaveText(/Saved at/);
  await expect(lastCycle).toContainText("Improved since last cycle (Red to Amber)");

  // Question 2.3 has no plan yet: raise one from the answer.
  const other = page.getByRole("region", { name: /^2\.3/ });
  await expect(other.getByRole("region", { name: /Action plan/ })).toContainText("No actions yet");
  await other.getByRole("link", { name: "Add an action for question 2.3" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Raise an action/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Raise action" }).click();
  const problem = page.getByRole("alert", { name: "There is a problem" });
  await expect(problem).toBeFocused();
  await expect(problem).toContainText("Enter a description of the action");
  await expectNoAxeViolations(page);

  await page
    .getByLabel("Action", { exact: true })
    .fill("Publish how children's views changed the priorities");
  await page.getByLabel("Owning organisation").selectOption({ label: "Northshire County Council" });
  await page.getByRole("radio", { name: "A member of the partnership" }).check();
  await selectByText(page.getByLabel("Member", { exact: true }), "Helen Carter");
  await fillDueDate(page, 60);
  await page.getByRole("radio", { name: "High" }).check();
  await page.getByRole("button", { name: "Raise action" }).click();

  // Back on the step, the new action is this answer's plan.
  await expect(page).toHaveURL(/\/steps\/2/);
  const planned = page
    .getByRole("region", { name: /^2\.3/ })
    .getByRole("region", { name: /Action plan/ });
  await expect(planned).toContainText("Publish how children's views changed the priorities");
  await expect(planned).toContainText("Helen Carter, Northshire County Council");
  await expect(planned).toContainText("Not started");
});

test("a business manager filters the tracker, the overdue count matches the rows, and the XLSX matches the screen with formulas kept as text", async ({
  page,
}) => {
  await signIn(page, MANAGER);
  await openPartnershipSection(page, "Actions");
  await expect(page.getByRole("heading", { level: 1, name: "Actions" })).toBeVisible();
  await expectNoAxeViolations(page);

  // An action whose description a spreadsheet would run as a formula.
  await page.getByRole("link", { name: "Raise an action" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Action", { exact: true }).fill(FORMULA);
  await page.getByLabel("Owning organisation").selectOption({ label: "Northshire Police" });
  await page.getByRole("radio", { name: "Someone without an account" }).check();
  await page.getByLabel("Full name").fill("Sergeant Alex Price");
  await page.getByLabel("Email address").fill("alex.price@police.example");
  await fillDueDate(page, 10);
  await page.getByRole("radio", { name: "Medium" }).check();
  await page.getByRole("radio", { name: "Audit finding" }).check();
  await page.getByLabel("Finding or reason").fill("Section 11 audit: training records incomplete.");
  await page.getByRole("button", { name: "Raise action" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FORMULA);
  await expectNoAxeViolations(page);

  await page
    .getByRole("navigation", { name: "Partnership" })
    .getByRole("link", { name: "Actions" })
    .click();
  const counts = page.getByRole("region", { name: /^Counts/ });
  await page.getByLabel("Status").selectOption({ label: "Overdue" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=OVERDUE/);
  const overdueRows = await screenRows(page);
  expect(overdueRows.length).toBeGreaterThan(0);
  // The overdue count is the number of rows shown.
  await expect(counts.getByRole("definition").nth(1)).toHaveText(String(overdueRows.length));
  for (const row of overdueRows) expect(row).toContain("Overdue");
  await expectNoAxeViolations(page);

  // Every open action, exported as XLSX, read back: the same rows as the screen.
  await selectByText(page.getByLabel("Status"), "Open");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const rows = await screenRows(page);
  expect(rows.some((row) => row[0] === FORMULA)).toBe(true);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download as Excel/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^actions-northshire-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("Actions")!;
  const headings = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  expect(headings).toEqual(COLUMNS);
  const screenHeadings = page.getByRole("region", { name: "Actions" }).getByRole("columnheader");
  // The screen has the same columns, in the same order (after the selection column).
  for (const [index, heading] of COLUMNS.entries())
    await expect(screenHeadings.nth(index + 1)).toContainText(heading);
  const exported: string[][] = [];
  sheet.eachRow((row, number) => {
    // Cell by cell across every column: an empty cell reads as "", as on the screen.
    if (number > 1)
      exported.push(COLUMNS.map((_, index) => String(row.getCell(index + 1).value ?? "")));
  });
  expect(exported).toEqual(rows);
  // The formula is text: a string cell, no formula.
  const formulaCell = sheet.getColumn(1).values.findIndex((v) => v === FORMULA);
  expect(formulaCell).toBeGreaterThan(1);
  expect(sheet.getCell(formulaCell, 1).type).toBe(ExcelJS.ValueType.String);
  expect(sheet.getCell(formulaCell, 1).formula).toBeUndefined();
});

test("an agency respondent sees and updates only their organisation's actions, completing one with evidence", async ({
  page,
}) => {
  await signIn(page, SCHOOLS);
  await openPartnershipSection(page, "Actions");
  await expect(page.getByRole("region", { name: "Your organisation's actions" })).toBeVisible();
  const rows = await screenRows(page);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row[1]).toBe("Northshire Schools Alliance");
  await expect(page.getByRole("main")).not.toContainText("Northshire Police");
  await expectNoAxeViolations(page);

  await page
    .getByRole("link", {
      name: "Collect Section 11 audit returns from every school and relevant agency",
    })
    .click();
  await expect(page.getByRole("textbox", { name: "Progress update" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Complete without evidence is refused, with what was typed kept.
  await page
    .getByRole("textbox", { name: "Progress update" })
    .fill("All 58 schools have now returned their audits.");
  await page.getByRole("radio", { name: "Complete" }).check();
  await page.getByRole("button", { name: "Save progress update" }).click();
  const problem = page.getByRole("alert", { name: "There is a problem" });
  await expect(problem).toContainText("Choose at least one piece of evidence");
  await expect(page.getByRole("textbox", { name: "Progress update" })).toHaveValue(
    "All 58 schools have now returned their audits.",
  );
  await expectNoAxeViolations(page);
  await page
    .getByRole("group", { name: /Evidence of completion/ })
    .getByRole("checkbox", { name: /Yearly report 2024–25/ })
    .check();
  await page.getByRole("button", { name: "Save progress update" }).click();
  await expect(page.getByRole("main")).toContainText(
    "All 58 schools have now returned their audits.",
  );
  await expect(page.getByRole("main").getByText("Complete", { exact: true }).first()).toBeVisible();
});
