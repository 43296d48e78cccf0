import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/auth";
import { openPartnershipSection } from "./support/navigation";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);

test("a business manager uploads evidence, downloads it, and removes it leaving a tombstone", async ({
  page,
}) => {
  await signIn(page, "business.manager@northshire.example");
  await openPartnershipSection(page, "Evidence");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Evidence");
  await expect(page.getByText(/Do not upload anything that identifies a child/)).toBeVisible();
  await expectNoAxeViolations(page);

  // A program renamed .pdf is refused by its content, with nothing saved.
  await page.getByRole("radio", { name: "A file from your computer" }).check();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "minutes.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ\x90\x00 this is a Windows program", "latin1"),
  });
  await page.getByLabel("Title", { exact: true }).fill("Board minutes");
  await page.getByRole("radio", { name: "Process" }).check();
  await page.getByLabel("Day", { exact: true }).fill("3");
  await page.getByLabel("Month", { exact: true }).fill("9");
  await page.getByLabel("Year", { exact: true }).fill("2026");
  await page.getByRole("button", { name: "Add evidence" }).click();
  const problem = page.getByRole("alert", { name: "There is a problem" });
  await expect(problem).toContainText("There is a problem");
  await expect(problem).toContainText(/not a PDF|must be a PDF/);
  await expectNoAxeViolations(page);
  await expect(page.getByRole("table")).not.toContainText("Board minutes");

  // A real PDF is stored and listed.
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "Partnership board minutes (Sept).pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await page.getByRole("button", { name: "Add evidence" }).click();
  const row = page.getByRole("row", { name: /Board minutes/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Process");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("link", { name: /^Board minutes \(download/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Partnership board minutes (Sept).pdf");

  await row.getByRole("link", { name: /Remove file/ }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Remove the file" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByLabel("Why are you removing this file?")
    .fill("Uploaded to the wrong partnership");
  await page.getByRole("button", { name: "Remove the file" }).click();
  const tombstone = page.getByRole("row", { name: /Board minutes/ });
  await expect(tombstone).toContainText("File removed");
  await expect(tombstone).toContainText("Uploaded to the wrong partnership");
  await expect(tombstone.getByRole("link", { name: /Remove file/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a scrutineer adds a link on the spot while answering, and it is cited at once", async ({
  page,
}) => {
  await signIn(page, "scrutineer@northshire.example");
  await openPartnershipSection(page, "Assessments");
  await page.getByRole("link", { name: "Independent scrutiny 2026–27" }).click();
  await page.getByRole("link", { name: /^Step 3:/ }).click();
  const question = page.getByRole("region", { name: /^3\.1/ });
  await question.getByText("Add new evidence").click();
  await question.getByRole("radio", { name: "A link to a web page or online document" }).check();
  await question
    .getByRole("textbox", { name: "Link" })
    .fill("https://example.org/northshire/young-advisers");
  await question.getByLabel("Title", { exact: true }).fill("Young advisers' review of the website");
  await question.getByRole("radio", { name: "Outcome for children" }).check();
  await question.getByLabel("Day", { exact: true }).fill("12");
  await question.getByLabel("Month", { exact: true }).fill("10");
  await question.getByLabel("Year", { exact: true }).fill("2026");
  await expectNoAxeViolations(page);
  await question.getByRole("button", { name: "Add evidence" }).click();
  const cited = question.getByRole("checkbox", { name: /Young advisers' review/ });
  await expect(cited).toBeChecked();
  await expect(question.getByText(/^Saved at \d\d:\d\d$/)).toBeVisible();
  // Offered to every other question on the page too, not ticked there.
  await expect(
    page.getByRole("region", { name: /^3\.2/ }).getByRole("checkbox", { name: /Young advisers/ }),
  ).not.toBeChecked();
  await page.reload();
  await expect(
    page.getByRole("region", { name: /^3\.1/ }).getByRole("checkbox", { name: /Young advisers/ }),
  ).toBeChecked();
});
