import { expect, test, type Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { openPartnershipSection } from "./support/navigation";

const MANAGER = "business.manager@northshire.example";
const SCRUTINY = "Independent scrutiny 2025–26";
// The demo's two scrutineers rated exactly these three questions differently in 2025–26.
const DIFFERED = ["3.4", "4.1", "5.3"];

async function openAssessment(page: Page, title: string): Promise<void> {
  await openPartnershipSection(page, "Assessments");
  await page.getByRole("main").getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("the report shows the agreed ratings, both scrutineers where they differed, the self-assessment gaps and trends, and prints to a PDF that says the same", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, MANAGER);
  await openAssessment(page, SCRUTINY);
  await page.getByRole("link", { name: "Scrutiny report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scrutiny report" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Signed off on");
  await expectNoAxeViolations(page);

  // The matrix: every cell gives the letter and the word, from the agreed rating.
  const matrix = page.getByRole("table", { name: "Agreed ratings by step and question" });
  await expect(matrix.getByRole("link", { name: /^Question 3\.4\b/ })).toContainText("Green");
  await expect(matrix.getByRole("link", { name: /^Question 5\.3\b/ })).toContainText("Amber");
  await expect(matrix.getByRole("link", { name: /^Question 4\.1\b/ })).toContainText("Red");

  // Exactly the three questions they differed on, each with both scrutineers and the agreed rating.
  const differed = page.getByRole("region", {
    name: "Where the scrutineers differed",
    exact: true,
  });
  await expect(differed).toContainText(`rated 3 questions differently: ${DIFFERED.join(", ")}`);
  const questions = differed.getByRole("article");
  await expect(questions).toHaveCount(3);
  for (const [index, code] of DIFFERED.entries()) {
    const question = questions.nth(index);
    await expect(question.getByRole("heading", { level: 3 })).toContainText(code);
    await expect(question).toContainText("Dr Amara Okafor");
    await expect(question).toContainText("James Whitfield");
    await expect(question).toContainText("Agreed rating:");
  }
  // 3.4: the lead said Green, the second scrutineer Red; the agreed rating is Green.
  await expect(questions.nth(0)).toContainText(/strongly/i);
  await expect(questions.nth(0).getByRole("row", { name: /James Whitfield/ })).toContainText("Red");

  // The partners' self-assessment beside the independent rating, the gap in words.
  const self = page.getByRole("region", {
    name: "Self-assessment beside independent scrutiny",
    exact: true,
  });
  await expect(self).toContainText(
    "Self-assessment Green, independent scrutiny Red: 2 levels higher",
  );

  // Trends over the three signed-off cycles, with a table for every chart.
  const trends = page.getByRole("region", { name: "Trends", exact: true });
  for (const cycle of ["2023–24", "2024–25", "2025–26"]) await expect(trends).toContainText(cycle);
  await expect(
    trends.getByRole("table", { name: "Step 2: each question's agreed rating by cycle" }),
  ).toBeVisible();

  await expect(page.getByRole("region", { name: "The framework", exact: true })).toContainText(
    "Pearce",
  );

  // Printed by Chromium: the PDF's text has the same content.
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const { text } = await new PDFParse({ data: pdf }).getText();
  // Words that wrap at a hyphen come back as "Self- assessment".
  const flat = text.replace(/\s+/g, " ").replace(/- /g, "-");
  expect(flat).toContain("Scrutiny report");
  expect(flat).toContain("Where the scrutineers differed");
  expect(flat).toContain(`rated 3 questions differently: ${DIFFERED.join(", ")}`);
  expect(flat).toContain("Dr Amara Okafor");
  expect(flat).toContain("James Whitfield");
  expect(flat).toContain("Self-assessment Green, independent scrutiny Red: 2 levels higher");
  expect(flat).toContain("Pearce");
  // No navigation or buttons on paper.
  expect(flat).not.toContain("Print this report");
  expect(flat).not.toContain("Sign out");
});

test("a wider-partner self-assessment opens as an organisation by question table whose cells open each response", async ({
  page,
}) => {
  await signIn(page, MANAGER);
  await openAssessment(page, "Wider-partner self-assessment 2025–26");
  await page.getByRole("link", { name: "Ratings by organisation" }).click();
  const table = page.getByRole("table", { name: "Each organisation's rating of each question" });
  await expect(table).toContainText("Northshire Schools Alliance");
  await expect(table).toContainText("Northshire Police");
  await expectNoAxeViolations(page);
  await table.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/questions\/[0-9a-f-]+\/history/);
  await expectNoAxeViolations(page);
});
