import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/auth";
import { openPartnershipSection } from "./support/navigation";

const TITLE = "Wider-partner self-assessment 2026–27";
const SCHOOLS = "Northshire Schools Alliance";

test("an agency respondent answers only the questions chosen for its organisation and submits", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "business.manager@northshire.example");
  await openPartnershipSection(manager, "Assessments");
  await manager.getByRole("link", { name: "Create an assessment" }).click();
  await manager.getByLabel("Title").fill(TITLE);
  await manager.getByRole("radio", { name: "Wider-partner self-assessment" }).check();
  await manager.getByRole("combobox", { name: "Cycle" }).selectOption({ label: "2026–27" });
  const organisations = manager.getByRole("group", { name: "Organisations taking part" });
  await organisations.getByRole("checkbox", { name: SCHOOLS }).check();
  await organisations.getByRole("checkbox", { name: "Northshire Police" }).check();
  await manager.getByRole("button", { name: "Create assessment" }).click();
  await manager.getByRole("link", { name: TITLE }).click();

  // Seed 001 Section 6 Q10: the schools answer Step 1 only.
  await manager
    .getByRole("link", { name: "Choose which questions each organisation answers" })
    .click();
  await expectNoAxeViolations(manager);
  await manager.getByRole("link", { name: `Choose questions for ${SCHOOLS}` }).click();
  await expectNoAxeViolations(manager);
  for (let step = 2; step <= 6; step += 1) {
    const group = manager.getByRole("group", { name: new RegExp(`^Step ${step}:`) });
    for (const box of await group.getByRole("checkbox").all()) await box.uncheck();
  }
  await manager.getByRole("button", { name: `Save questions for ${SCHOOLS}` }).click();
  await expect(manager.getByText("Questions saved")).toBeVisible();
  await expect(manager.getByRole("main")).toContainText("It answers 4 now.");

  // The schools' respondent sees what it has to answer on its home page.
  const respondent = await (await browser.newContext()).newPage();
  await signIn(respondent, "schools.respondent@northshire.example");
  const toAnswer = respondent.getByRole("main");
  await expect(toAnswer).toContainText(TITLE);
  await expect(toAnswer).toContainText("0 of 4 questions answered");
  await expectNoAxeViolations(respondent);
  await toAnswer.getByRole("link", { name: TITLE }).first().click();
  await expect(respondent.getByText("You have answered 0 of 4 questions.")).toBeVisible();
  await expect(respondent.getByRole("listitem").filter({ hasText: "Step 2:" })).toContainText(
    "0 of 0",
  );
  await expectNoAxeViolations(respondent);

  await respondent.getByRole("link", { name: /^Step 1:/ }).click();
  const regions = respondent.getByRole("region", { name: /^1\.\d/ });
  await expect(regions).toHaveCount(4);
  for (const region of await regions.all()) {
    await region.getByRole("radio", { name: "Red", exact: true }).check();
    await region
      .getByRole("textbox", { name: "Narrative" })
      .fill("Schools are not yet part of the partnership's planning.");
    await expect(region.getByRole("status")).toHaveText(/Saved at/);
  }
  await expectNoAxeViolations(respondent);
  // The schools' action plan: one action of its own, from question 1.1, linked to all four.
  await respondent.getByRole("link", { name: "Add an action for question 1.1" }).click();
  await respondent
    .getByLabel("Action", { exact: true })
    .fill("Bring schools' designated safeguarding leads into the partnership's planning");
  await expect(respondent.getByLabel("Owning organisation")).toContainText(SCHOOLS);
  await respondent.getByRole("radio", { name: "A member of the partnership" }).check();
  const members = respondent.getByLabel("Member", { exact: true });
  await members.selectOption(
    (await members.locator("option", { hasText: "Mark Evans" }).getAttribute("value")) ?? "",
  );
  const due = respondent.getByRole("group", { name: "Due date" });
  await due.getByLabel("Day").fill("30");
  await due.getByLabel("Month").fill("6");
  await due.getByLabel("Year").fill(String(new Date().getFullYear() + 1));
  await respondent.getByRole("radio", { name: "Medium" }).check();
  await respondent.getByText(/^Also link this action to other questions/).click();
  for (const code of ["1.2", "1.3", "1.4"])
    await respondent
      .locator("details")
      .getByRole("checkbox", { name: new RegExp(`^${code.replace(".", "\\.")}`) })
      .check();
  await respondent.getByRole("button", { name: "Raise action" }).click();
  await expect(respondent.getByText("Step 1 of 6")).toBeVisible();
  await respondent.getByRole("link", { name: /Back to the steps/ }).click();
  await expect(respondent.getByText("You have answered 4 of 4 questions.")).toBeVisible();
  await respondent.getByRole("button", { name: "Submit your answers" }).click();
  await expect(respondent.getByText("You have submitted your answers.")).toBeVisible();

  // The business manager sees the schools' return submitted; the police have not started.
  await manager.goto(manager.url().replace(/\/questions.*$/, ""));
  const progress = manager.getByRole("table", { name: "Progress" });
  await expect(progress.getByRole("row", { name: new RegExp(SCHOOLS) })).toContainText("Submitted");
  await expect(progress.getByRole("row", { name: /Northshire Police/ })).toContainText(
    "Not started",
  );
  await expectNoAxeViolations(manager);

  // Finalising waits for every organisation: the police have not submitted.
  const overview = manager.url();
  await manager.getByRole("link", { name: "Finalise the self-assessment" }).click();
  await expectNoAxeViolations(manager);
  await manager.getByRole("button", { name: "Finalise the self-assessment" }).click();
  await expect(manager.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Northshire Police",
  );
  await expectNoAxeViolations(manager);
  await manager.goto(overview);

  // The business manager enters a safeguarding partner's answer on its behalf.
  await progress.getByRole("link", { name: "Answer on behalf of Northshire Police" }).click();
  await expect(
    manager.getByRole("region", { name: "Answering for Northshire Police" }),
  ).toBeVisible();
  await expectNoAxeViolations(manager);
  await manager.getByRole("link", { name: /^Step 1:/ }).click();
  await expect(
    manager.getByRole("region", { name: "Answering for Northshire Police" }),
  ).toBeVisible();
  const first = manager.getByRole("region", { name: /^1\.1/ });
  await first.getByRole("radio", { name: "Red", exact: true }).check();
  await first.getByRole("textbox", { name: "Narrative" }).fill("Entered for the police.");
  await expect(first.getByRole("status")).toHaveText(/Saved at/);
  await manager.getByRole("link", { name: /Back to the steps/ }).click();
  await expect(
    manager.getByText("Northshire Police has answered 1 of 24 questions."),
  ).toBeVisible();
});
