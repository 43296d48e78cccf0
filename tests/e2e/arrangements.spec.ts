import { expect, test } from "@playwright/test";
import { SECTION_SIX_QUESTIONS } from "../../lib/framework/six-steps";
import { signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { openPartnershipSection } from "./support/navigation";

const FIRST =
  "The scrutineer is commissioned by the three safeguarding partners and reports twice a year to the executive group, and once a year in public to the council's scrutiny committee.";
const SECOND = `${FIRST} The ICB's quality committee also receives the yearly report.`;

test("the scrutineer and business manager record the Section 6 answers with their history; the chair reads them", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const scrutineer = await (await browser.newContext()).newPage();
  await signIn(scrutineer, "lead.scrutineer@northshire.example");
  await openPartnershipSection(scrutineer, "Scrutiny arrangements");
  const main = scrutineer.getByRole("main");
  await expect(main).toContainText(SECTION_SIX_QUESTIONS[0]!.text);
  await expect(main).toContainText(SECTION_SIX_QUESTIONS[17]!.text);
  await expect(main).toContainText(`0 of ${SECTION_SIX_QUESTIONS.length} questions answered`);
  await expectNoAxeViolations(scrutineer);

  // An empty answer is refused with a message, and nothing is saved.
  await scrutineer.getByRole("link", { name: "Answer to question 1", exact: true }).click();
  await expectNoAxeViolations(scrutineer);
  await scrutineer.getByRole("button", { name: "Save answer" }).click();
  await expect(scrutineer.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter an answer",
  );
  await expectNoAxeViolations(scrutineer);
  await scrutineer.getByLabel("Answer").fill(FIRST);
  await scrutineer.getByRole("button", { name: "Save answer" }).click();
  await expect(scrutineer.getByText("Answer saved")).toBeVisible();
  await expect(main).toContainText(`1 of ${SECTION_SIX_QUESTIONS.length} questions answered`);
  await expect(main).toContainText(FIRST);

  // The business manager changes it; the history names both, newest first.
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "business.manager@northshire.example");
  await openPartnershipSection(manager, "Scrutiny arrangements");
  await manager.getByRole("link", { name: "Edit answer to question 1", exact: true }).click();
  await expect(manager.getByLabel("Answer")).toHaveValue(FIRST);
  await manager.getByLabel("Answer").fill(SECOND);
  await manager.getByRole("button", { name: "Save answer" }).click();
  await expect(manager.getByText("Answer saved")).toBeVisible();
  await manager.getByRole("link", { name: "History of question 1", exact: true }).click();
  const changes = manager
    .getByRole("list", { name: "Changes, newest first" })
    .getByRole("listitem");
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(0)).toContainText("By Helen Carter");
  await expect(changes.nth(1)).toContainText("By Dr Amara Okafor");
  await expectNoAxeViolations(manager);

  // The chair reads the answers but cannot change them.
  const chair = await (await browser.newContext()).newPage();
  await signIn(chair, "chair@northshire.example");
  await openPartnershipSection(chair, "Scrutiny arrangements");
  await expect(chair.getByRole("main")).toContainText(SECOND);
  await expect(chair.getByRole("link", { name: /^(Answer|Edit answer) to question/ })).toHaveCount(
    0,
  );
});

test("the business manager keeps the partnership profile: areas covered and why each relevant agency was chosen", async ({
  page,
}) => {
  await signIn(page, "business.manager@northshire.example");
  await openPartnershipSection(page, "Profile");
  await expect(page.getByRole("heading", { level: 1, name: "Partnership profile" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Northshire Schools Alliance");
  await expect(page.getByRole("main")).toContainText(
    "Schools see most children every day and make a large share of referrals.",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Change the profile" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Local authority areas").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter at least one local authority area",
  );
  await expectNoAxeViolations(page);
  await page.getByLabel("Local authority areas").fill("Northshire\nSouth Northshire");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partnership profile" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("South Northshire");
});
