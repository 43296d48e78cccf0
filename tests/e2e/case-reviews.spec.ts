import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/auth";
import { openPartnershipSection } from "./support/navigation";

const IDENTIFIER = "LCSPR 2026/04";

test("a business manager records a local review, its recommendation and the action that implements it", async ({
  page,
}) => {
  await signIn(page, "business.manager@northshire.example");
  await openPartnershipSection(page, "Case reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Case reviews" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Child R");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Add a case review" }).click();
  await expect(page.getByRole("main")).toContainText("Never use a child's name");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Add case review" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByRole("radio", { name: "Local child safeguarding practice review" }).check();
  await page.getByLabel("Identifier").fill(IDENTIFIER);
  await page.getByRole("radio", { name: "In progress" }).check();
  const referred = page.getByRole("group", { name: /notified to the Panel/ });
  await referred.getByLabel("Day", { exact: true }).fill("3");
  await referred.getByLabel("Month", { exact: true }).fill("8");
  await referred.getByLabel("Year", { exact: true }).fill("2026");
  await page.getByRole("button", { name: "Add case review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: IDENTIFIER })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("3 Aug 2026");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Add a recommendation" }).click();
  await expectNoAxeViolations(page);
  await page
    .getByLabel("Recommendation", { exact: true })
    .fill("Schools share attendance concerns about children on a plan within one day.");
  await page.getByLabel(/partnership’s response/).fill("Accepted by the safeguarding partners.");
  await page.getByLabel(/Timescale/).fill("By April 2027");
  await page.getByRole("button", { name: "Add recommendation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: IDENTIFIER })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("By April 2027");

  // The action that implements it, raised from the recommendation, comes back to the review.
  await page.getByRole("link", { name: "Add an action for recommendation 1" }).click();
  await expect(page.getByRole("main")).toContainText(`Recommendation 1 of ${IDENTIFIER}`);
  await page
    .getByLabel("Action", { exact: true })
    .fill("Attendance alerts from schools to social care");
  await page
    .getByLabel("Owning organisation")
    .selectOption({ label: "Northshire Schools Alliance" });
  await page.getByRole("radio", { name: "Someone without an account" }).check();
  await page.getByLabel("Full name").fill("Ruth Adeyemi");
  await page.getByLabel("Email address").fill("ruth.adeyemi@schools.example");
  const due = page.getByRole("group", { name: "Due date" });
  await due.getByLabel("Day", { exact: true }).fill("30");
  await due.getByLabel("Month", { exact: true }).fill("4");
  await due.getByLabel("Year", { exact: true }).fill(String(new Date().getFullYear() + 1));
  await page.getByRole("radio", { name: "High" }).check();
  await page.getByRole("button", { name: "Raise action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: IDENTIFIER })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(
    "Attendance alerts from schools to social care",
  );

  // Editing the review and the recommendation.
  await page.getByRole("link", { name: `Edit ${IDENTIFIER}` }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Cancel" }).click();
  await page.getByRole("link", { name: "Edit recommendation 1" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel(/Timescale/).fill("By May 2027");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("main")).toContainText("By May 2027");

  // The action's own pages: detail and edit.
  await page.getByRole("link", { name: "Attendance alerts from schools to social care" }).click();
  await expect(page.getByRole("main")).toContainText("Ruth Adeyemi");
  await expect(page.getByRole("main")).toContainText(IDENTIFIER);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Edit action" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Medium" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("main")).toContainText("Medium");
});
