import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

const LEAD = "lead.scrutineer@northshire.example";
const POLICE = "police.respondent@northshire.example";
const SCRUTINY = "Independent scrutiny 2026–27";
const CHALLENGE =
  "The police's evidence for 3.2 is a count of referrals; what changed for children as a result?";
const RESPONSE =
  "We accept the point: the next quarterly return will report outcomes from the exploitation panel.";

/** Chooses the option whose text contains `text`. */
async function selectByText(select: Locator, text: string): Promise<void> {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value ?? "");
}

async function openChallengeLog(page: Page): Promise<void> {
  await page.getByRole("main").getByRole("link", { name: SCRUTINY }).first().click();
  await page.getByRole("link", { name: "Challenge log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Challenge log" })).toBeVisible();
}

test("a scrutineer raises a challenge, the police respond, the scrutineer records the outcome and raises an action from it", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, LEAD);

  // The cross-partnership dashboard on the scrutineer's home page.
  const dashboard = lead
    .getByRole("region", { name: "Your scrutiny work across partnerships", exact: true })
    .first();
  await expect(dashboard).toContainText("Northshire Safeguarding Children Partnership");
  await expect(dashboard).toContainText(SCRUTINY);
  await expectNoAxeViolations(lead);

  await openChallengeLog(lead);
  await expectNoAxeViolations(lead);
  await lead.getByRole("link", { name: "Raise a challenge" }).click();
  await expectNoAxeViolations(lead);

  // Nothing chosen: every problem is named, and the text typed so far is kept.
  await lead.getByLabel("Challenge", { exact: true }).fill(CHALLENGE);
  await lead.getByRole("button", { name: "Raise challenge" }).click();
  const problems = lead.getByRole("alert", { name: "There is a problem" });
  await expect(problems).toContainText("Select the step or question the challenge is about");
  await expect(problems).toContainText("Select the organisation responsible for responding");
  await expect(lead.getByLabel("Challenge", { exact: true })).toHaveValue(CHALLENGE);
  await expectNoAxeViolations(lead);

  await selectByText(lead.getByLabel("What the challenge is about"), "Question 3.2");
  await lead.getByLabel("Responsible organisation").selectOption({ label: "Northshire Police" });
  await lead.getByRole("button", { name: "Raise challenge" }).click();
  await expect(lead.getByText("Challenge raised")).toBeVisible();
  await expect(lead.getByRole("heading", { level: 1 })).toContainText("Question 3.2");
  await expect(lead.getByRole("main")).toContainText("Awaiting response");
  await expect(lead.getByRole("main")).toContainText(
    "You can record the outcome once the responsible organisation has responded to the challenge.",
  );
  await expectNoAxeViolations(lead);
  const challengeUrl = lead.url();

  // The police's agency respondent answers it.
  const police = await (await browser.newContext()).newPage();
  await signIn(police, POLICE);
  await police.goto(challengeUrl);
  await police.getByRole("button", { name: "Save response" }).click();
  await expect(police.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter the response to the challenge",
  );
  await police.getByLabel("Response", { exact: true }).fill(RESPONSE);
  await police.getByRole("button", { name: "Save response" }).click();
  await expect(police.getByText("Response saved")).toBeVisible();
  await expect(police.getByRole("main")).toContainText("Awaiting outcome");
  // Only scrutineers record the outcome.
  await expect(police.getByRole("group", { name: "Outcome" })).toHaveCount(0);
  await expectNoAxeViolations(police);

  // The scrutineer records the outcome and turns it into an action.
  await lead.reload();
  await expect(lead.getByRole("main")).toContainText(RESPONSE);
  await lead
    .getByRole("group", { name: "Outcome" })
    .getByRole("radio", { name: "Partly accepted" })
    .check();
  await lead
    .getByLabel("Reason for the outcome")
    .fill("Outcome reporting is agreed; the timescale is not yet.");
  await lead.getByRole("button", { name: "Save outcome" }).click();
  await expect(lead.getByText("Outcome saved")).toBeVisible();
  await expect(lead.getByRole("main")).toContainText("Partly accepted");
  await expectNoAxeViolations(lead);

  await lead.getByRole("link", { name: "Raise an action from this challenge" }).click();
  await expect(lead.getByRole("main")).toContainText(CHALLENGE);
  await lead
    .getByLabel("Action", { exact: true })
    .fill("Report exploitation panel outcomes for children each quarter");
  await lead.getByLabel("Owning organisation").selectOption({ label: "Northshire Police" });
  await lead.getByRole("radio", { name: "Someone without an account" }).check();
  await lead.getByLabel("Full name").fill("Inspector Dana Hughes");
  await lead.getByLabel("Email address").fill("dana.hughes@police.example");
  const due = lead.getByRole("group", { name: "Due date" });
  await due.getByLabel("Day", { exact: true }).fill("31");
  await due.getByLabel("Month", { exact: true }).fill("3");
  await due.getByLabel("Year", { exact: true }).fill("2027");
  await lead.getByRole("radio", { name: "High" }).check();
  await lead.getByRole("button", { name: "Raise action" }).click();

  // Back on the challenge, its action is listed; the log shows it closed with one action.
  await expect(lead).toHaveURL(challengeUrl.split("?")[0]!);
  await expect(
    lead.getByRole("region", { name: "Actions raised from this challenge", exact: true }).first(),
  ).toContainText("Report exploitation panel outcomes for children each quarter");
  await lead.getByRole("link", { name: "Back to the challenge log" }).click();
  const row = lead.getByRole("row", { name: /Question 3\.2/ });
  await expect(row).toContainText("Closed");
  await expect(row).toContainText("Partly accepted");
  await expect(row).toContainText("1 action raised");
  await expectNoAxeViolations(lead);
});
