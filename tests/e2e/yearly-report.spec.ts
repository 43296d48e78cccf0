import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { PDFParse } from "pdf-parse";
import { YEARLY_REPORT_PARTS } from "../../lib/domain/yearly-report";
import { signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { openPartnershipSection } from "./support/navigation";

const MANAGER = "business.manager@northshire.example";
const CYCLE = "2025–26";
const ASSURANCE =
  "The safeguarding partners are assured that the arrangements are working, with the three areas rated Red as the priorities for 2026–27.";

/** Today in the UK as the day, month and year a person types. */
function ukToday(): { day: string; month: string; year: string } {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" })
    .format(new Date())
    .split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

async function fillDate(page: Page, legend: string): Promise<void> {
  const today = ukToday();
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day", { exact: true }).fill(today.day);
  await group.getByLabel("Month", { exact: true }).fill(today.month);
  await group.getByLabel("Year", { exact: true }).fill(today.year);
}

/** The text of a downloaded Word document's body. */
function docxText(path: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = strFromU8(files["word/document.xml"]!);
  return xml
    .replace(/<w:p[ >]/g, "\n$&")
    .replace(/<[^>]+>/g, "")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

test("a business manager edits the scrutiny section, records the statutory partners' sign-off and the publication, and downloads it as Word and PDF", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, MANAGER);
  await openPartnershipSection(page, "Yearly report");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `${CYCLE} scrutiny section`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `Scrutiny section for ${CYCLE}`,
  );
  await expectNoAxeViolations(page);
  const section = page.url();

  // The statement of assurance: no suggestion (the partners write it), and a blank save is kept blank.
  await page.getByRole("link", { name: /^7\. Statement of assurance/ }).click();
  await expect(page.getByLabel("Text for this part")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Text for this part").fill(ASSURANCE);
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page.getByText("Part saved")).toBeVisible();

  // The first part: the app suggests text from the ratings; the person takes it and saves it.
  await page.goto(section);
  await page.getByRole("link", { name: /^1\. What we did and how effective it was/ }).click();
  await expect(page.getByText("Suggested text from this cycle's data")).toBeVisible();
  await page.getByRole("button", { name: "Use this suggested text" }).click();
  await expect(page.getByLabel("Text for this part")).toHaveValue(/Step 2: /);
  await page.getByRole("button", { name: "Save this part" }).click();
  await expect(page.getByText("Part saved")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(section);
  await page.getByRole("link", { name: /Check the section/ }).click();
  await expect(page.getByRole("main")).toContainText(ASSURANCE);
  await expectNoAxeViolations(page);

  // Each statutory partner's sign-off, recorded as given at the partners' executive.
  await page.goto(section);
  await page.getByRole("link", { name: "Record the safeguarding partners' sign-off" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Record sign-off" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);
  const partners = [
    ["Northshire County Council", "Delegated safeguarding partner", "Sarah Collins"],
    ["Northshire Police", "Delegated safeguarding partner", "Detective Superintendent Karen Lowe"],
    ["NHS Northshire Integrated Care Board", "Lead safeguarding partner", "Michael Grant"],
  ] as const;
  const signOffUrl = page.url();
  for (const [index, [organisation, designation, signer]] of partners.entries()) {
    await page
      .getByRole("combobox", { name: "Statutory partner" })
      .selectOption({ label: organisation });
    await page.getByRole("radio", { name: designation }).check();
    await page.getByLabel("Name of the person who signed off").fill(signer);
    await fillDate(page, "Date signed off");
    await page
      .getByLabel("Meeting where it was signed off")
      .fill("Safeguarding partners' executive, December 2026");
    await page.getByRole("button", { name: "Record sign-off" }).click();
    await expect(page.getByRole("main")).toContainText(signer);
    if (index === 0) {
      // Once a partner has signed, the text cannot change under their signature.
      await page.goto(section);
      await page.getByRole("link", { name: /^7\. Statement of assurance/ }).click();
      await page.getByLabel("Text for this part").fill(`${ASSURANCE} Changed.`);
      await page.getByRole("button", { name: "Save this part" }).click();
      await expect(page.getByRole("main")).toContainText("Remove their sign-offs first");
      await page.goto(signOffUrl);
    }
  }
  await expect(page.getByRole("main")).toContainText("Signed off");

  // Publication happens outside the app; the business manager records it and who it was sent to.
  await page.goto(section);
  await page.getByRole("link", { name: "Record publication" }).click();
  await expectNoAxeViolations(page);
  await fillDate(page, "Date published");
  await page
    .getByLabel("Link to the published report")
    .fill("https://example.org/northshire/yearly-report-2025-26");
  await page.getByLabel("Where it was presented").fill("Partnership board, December 2026");
  await page.getByRole("button", { name: "Record publication" }).click();
  await expect(page.getByRole("main")).toContainText(
    "https://example.org/northshire/yearly-report-2025-26",
  );
  await expectNoAxeViolations(page);

  // Downloads: the Word document and the PDF carry the required headings, the text and the ratings.
  await page.goto(section);
  const [docx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the section as a Word document (.docx)" }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const word = docxText(await docx.path());
  for (const part of YEARLY_REPORT_PARTS) expect(word).toContain(part.heading);
  expect(word).toContain(ASSURANCE);
  expect(word).toContain("Red");
  expect(word).toContain("Pearce");

  const [pdfDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the section as a PDF" }).click(),
  ]);
  const { text } = await new PDFParse({ data: readFileSync(await pdfDownload.path()) }).getText();
  const flat = text.replace(/\s+/g, " ");
  for (const part of YEARLY_REPORT_PARTS) expect(flat).toContain(part.heading);
  expect(flat).toContain("Pearce");

  // The print-friendly page, and the recipients.
  await page.getByRole("link", { name: "Print-friendly page" }).click();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/home");
  await openPartnershipSection(page, "Yearly report");
  await page.getByRole("link", { name: "Change who the yearly report is sent to" }).click();
  await expect(page.getByRole("main")).toContainText("Child Safeguarding Practice Review Panel");
  await expectNoAxeViolations(page);
});
