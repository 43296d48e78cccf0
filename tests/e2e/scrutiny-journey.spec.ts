import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-data";
import { expectNoAxeViolations } from "./support/axe";
import { freshCode, signIn } from "./support/auth";
import { chooseOption, chooseRadio, press, typeInto } from "./support/keyboard";
import { openPartnershipSection } from "./support/navigation";

const TITLE = "Scrutiny journey 2026–27";
const LEAD = "lead.scrutineer@northshire.example";
const SECOND = "scrutineer@northshire.example";
const MANAGER = "business.manager@northshire.example";
const OUTCOME_EVIDENCE = /Multi-agency audit of neglect cases/;

type Answer = { rating: "Red" | "Amber" | "Green"; narrative: string };

/** The lead's answers: Green on 1.1 (with outcome evidence), Amber on 3.1, Red elsewhere. */
function leadAnswer(code: string): Answer {
  if (code === "1.1") return { rating: "Green", narrative: "Children's views shaped the plan." };
  if (code === "3.1") return { rating: "Amber", narrative: "Feedback is gathered, not yet used." };
  return { rating: "Red", narrative: `No evidence yet for ${code}.` };
}

/** The second scrutineer differs on 1.1 (Red against the lead's Green) and 2.2 (Amber). */
function secondAnswer(code: string): Answer {
  if (code === "1.1")
    return { rating: "Red", narrative: "The plan does not reach front-line practice." };
  if (code === "2.2") return { rating: "Amber", narrative: "Partly in place." };
  return leadAnswer(code);
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Signing in with the keyboard alone: Tab to each field, type, Enter. */
async function signInByKeyboard(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await typeInto(page, page.getByLabel("Email address"), email);
  await typeInto(page, page.getByLabel("Password"), DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/sign-in\/two-factor/);
  await typeInto(page, page.getByLabel("Code from your authenticator app"), await freshCode(email));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/home$/);
}

/** Answers every question of the open step page; by keyboard alone when `keyboard` is set. */
async function answerStep(page: Page, answerFor: (code: string) => Answer, keyboard: boolean) {
  const regions = page.getByRole("region", { name: /^\d+\.\d+/ });
  const count = await regions.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const region = regions.nth(index);
    const code = ((await region.getByRole("heading", { level: 2 }).textContent()) ?? "").match(
      /^\d+\.\d+/,
    )![0];
    const answer = answerFor(code);
    const ratings = region.getByRole("group", { name: `Rating for question ${code}` });
    const narrative = region.getByRole("textbox", { name: "Narrative" });
    if (keyboard) {
      await chooseRadio(page, ratings, answer.rating);
      await typeInto(page, narrative, answer.narrative);
    } else {
      await ratings.getByRole("radio", { name: answer.rating, exact: true }).check();
      await narrative.fill(answer.narrative);
    }
    if (answer.rating !== "Red") {
      const evidence = region.getByRole("checkbox", { name: OUTCOME_EVIDENCE });
      if (keyboard) await press(page, evidence, "Space");
      else await evidence.check();
      await expect(evidence).toBeChecked();
    }
    if (answer.rating === "Amber") {
      const remaining = region.getByRole("textbox", { name: /What work remains/ });
      if (keyboard) await typeInto(page, remaining, "Use the feedback in commissioning.");
      else await remaining.fill("Use the feedback in commissioning.");
    }
    await expect(region.getByRole("status")).toHaveText(/Saved at \d\d:\d\d/);
  }
}

async function answerEveryStep(page: Page, answerFor: (code: string) => Answer, keyboard: boolean) {
  const first = page.getByRole("link", { name: /^Step 1:/ });
  if (keyboard) await press(page, first, "Enter");
  else await first.click();
  for (let step = 1; step <= 6; step += 1) {
    await expect(page.getByText(`Step ${step} of 6`)).toBeVisible();
    if (step === 1) await expectNoAxeViolations(page);
    await answerStep(page, answerFor, keyboard);
    const next = page.getByRole("link", {
      name: step < 6 ? `Next: step ${step + 1}` : "Back to the steps to submit",
    });
    if (keyboard) await press(page, next, "Enter");
    else await next.click();
  }
  await expect(page.getByRole("list", { name: "Steps" })).toBeVisible();
  await expect(page.getByText(/answered 24 of 24 questions/)).toBeVisible();
}

/**
 * By keyboard alone, from question 1.1: one action (the scrutiny's improvement plan) linked to
 * every question, so every answer has an action plan. Ends back on step 1.
 */
async function raisePlanForEveryQuestion(page: Page): Promise<void> {
  await press(page, page.getByRole("link", { name: /^Step 1:/ }), "Enter");
  await press(page, page.getByRole("link", { name: "Add an action for question 1.1" }), "Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Raise an action" })).toBeVisible();
  await typeInto(
    page,
    page.getByLabel("Action", { exact: true }),
    "Agree a partnership improvement plan for every Six Steps question, with named owners",
  );
  await chooseOption(page, page.getByLabel("Owning organisation"), "Northshire County Council");
  await chooseRadio(
    page,
    page.getByRole("group", { name: "Named owner" }),
    "A member of the partnership",
  );
  await chooseOption(page, page.getByLabel("Member", { exact: true }), "Helen Carter");
  const due = page.getByRole("group", { name: "Due date" });
  await typeInto(page, due.getByLabel("Day"), "31");
  await typeInto(page, due.getByLabel("Month"), "3");
  await typeInto(page, due.getByLabel("Year"), String(new Date().getFullYear() + 1));
  await chooseRadio(page, page.getByRole("group", { name: "Priority" }), "High");
  await press(page, page.getByText(/^Also link this action to other questions/), "Enter");
  // The other questions of the assessment, one group per step, inside "Also link…".
  const boxes = page.locator("details").getByRole("checkbox");
  expect(await boxes.count()).toBe(23);
  for (const box of await boxes.all()) await press(page, box, "Space");
  await press(page, page.getByRole("button", { name: "Raise action" }), "Enter");
  await expect(page.getByText("Step 1 of 6")).toBeVisible();
  await expect(
    page.getByRole("region", { name: /^1\.1/ }).getByRole("region", { name: /Action plan/ }),
  ).toContainText("Agree a partnership improvement plan");
}

test.describe.configure({ mode: "serial" });

test("the whole scrutiny: two scrutineers answer and submit, the lead agrees and signs off, keyboard only; then it is locked", async ({
  browser,
}) => {
  test.setTimeout(600_000);

  // The business manager sets up the scrutiny with both scrutineers.
  const manager = await newPage(browser);
  await signIn(manager, MANAGER);
  await openPartnershipSection(manager, "Assessments");
  await manager.getByRole("link", { name: "Create an assessment" }).click();
  await manager.getByLabel("Title").fill(TITLE);
  await manager.getByRole("radio", { name: "Independent scrutiny" }).check();
  await manager.getByRole("combobox", { name: "Cycle" }).selectOption({ label: "2026–27" });
  const scrutineers = manager.getByRole("group", { name: "Independent scrutineers" });
  await scrutineers.getByRole("checkbox", { name: /Okafor/ }).check();
  await scrutineers.getByRole("checkbox", { name: /Whitfield/ }).check();
  await manager
    .getByRole("group", { name: "Lead scrutineer" })
    .getByRole("radio", { name: "Dr Amara Okafor" })
    .check();
  await manager.getByRole("button", { name: "Create assessment" }).click();
  await expect(manager.getByRole("link", { name: TITLE })).toBeVisible();

  // The lead scrutineer, keyboard only: from home to every answer, then submit.
  const lead = await newPage(browser);
  await signInByKeyboard(lead, LEAD);
  await expectNoAxeViolations(lead);
  await press(lead, lead.getByRole("main").getByRole("link", { name: TITLE }).first(), "Enter");
  await expect(lead.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expectNoAxeViolations(lead);
  await answerEveryStep(lead, leadAnswer, true);
  // Submitting without action plans says so, question by question.
  await press(lead, lead.getByRole("button", { name: "Submit your answers" }), "Enter");
  await expect(lead.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Add at least one action: every answer needs an action plan",
  );
  await raisePlanForEveryQuestion(lead);
  await press(lead, lead.getByRole("link", { name: /^Back to the steps of/ }), "Enter");
  await press(lead, lead.getByRole("button", { name: "Submit your answers" }), "Enter");
  await expect(lead.getByText("You have submitted your answers.")).toBeVisible();
  await expectNoAxeViolations(lead);

  // The second scrutineer disagrees on two questions and submits.
  const second = await newPage(browser);
  await signIn(second, SECOND);
  await second.getByRole("main").getByRole("link", { name: TITLE }).first().click();
  await answerEveryStep(second, secondAnswer, false);
  await second.getByRole("button", { name: "Submit your answers" }).click();
  await expect(second.getByText("You have submitted your answers.")).toBeVisible();

  // The lead compares the ratings and agrees each one, keyboard only.
  await lead.reload();
  const overview = lead.url();
  await press(lead, lead.getByRole("link", { name: "Agree ratings and sign off" }), "Enter");
  await expect(lead.getByRole("heading", { level: 1 })).toBeVisible();
  const strong = lead.getByRole("article", { name: /^1\.1/ });
  await expect(strong).toContainText("Ratings differ strongly: Red and Green");
  await expect(lead.getByRole("article", { name: /^2\.2/ })).toContainText("Ratings differ");
  await expectNoAxeViolations(lead);
  const articles = lead.getByRole("article");
  const total = await articles.count();
  expect(total).toBe(24);
  for (let index = 0; index < total; index += 1) {
    const article = articles.nth(index);
    const code = ((await article.getByRole("heading", { level: 3 }).textContent()) ?? "").match(
      /^\d+\.\d+/,
    )![0];
    const form = article.getByRole("form");
    const rating = code === "1.1" ? "Amber" : code === "2.2" ? "Red" : leadAnswer(code).rating;
    // The suggested rating is labelled "(suggested)".
    await chooseRadio(lead, form.getByRole("group"), new RegExp(`^${rating}( \\(suggested\\))?$`));
    if (code === "1.1" || code === "2.2")
      await typeInto(
        lead,
        form.getByRole("textbox", { name: "Reason for the agreed rating" }),
        "Agreed at the moderation meeting on the audit findings.",
      );
    await press(lead, form.getByRole("button", { name: "Save agreed rating" }), "Enter");
    await expect(article).toContainText(new RegExp(`Agreed:\\s*[RAG]?\\s*${rating}`));
  }
  await lead.reload();
  await press(
    lead,
    lead.getByRole("checkbox", { name: /I confirm the agreed ratings are final/ }),
    "Space",
  );
  await press(lead, lead.getByRole("button", { name: "Sign off the scrutiny" }), "Enter");
  await expect(lead.getByRole("button", { name: "Sign off the scrutiny" })).toHaveCount(0);
  await expect(lead.getByRole("button", { name: "Save agreed rating" })).toHaveCount(0);
  await lead.goto(overview);
  await expect(lead.getByText(/Signed off on/)).toBeVisible();
  await expect(lead.getByText(/finalised and locked/)).toBeVisible();
  await expectNoAxeViolations(lead);

  // Locked: the step pages are read-only for the scrutineers; the history shows every change.
  await lead.getByRole("link", { name: /^Step 1:/ }).click();
  await expect(lead.getByText("This assessment is finalised.")).toBeVisible();
  await expect(lead.getByRole("radio")).toHaveCount(0);
  await expect(lead.getByRole("region", { name: /^1\.1/ })).toContainText("Green");
  await expectNoAxeViolations(lead);
  await lead
    .getByRole("region", { name: /^1\.1/ })
    .getByRole("link", { name: /History/ })
    .click();
  await expect(lead.getByRole("main")).toContainText("Dr Amara Okafor");
  await expect(lead.getByRole("main")).toContainText("James Whitfield");
  await expect(lead.getByRole("main")).toContainText(/Not rated → Green|Green/);
  await expectNoAxeViolations(lead);

  // The business manager starts the next cycle from it: answers start unrated with the agreed
  // rating beside them, and the open action is linked to the new assessment.
  await manager.goto("/home");
  await openPartnershipSection(manager, "Assessments");
  await manager.getByRole("link", { name: TITLE }).click();
  await manager.getByRole("link", { name: "Start next cycle from this assessment" }).click();
  await expect(manager.getByRole("main")).toContainText("1 open action is linked");
  await expectNoAxeViolations(manager);
  await manager.getByLabel("Title of the new assessment").fill("Scrutiny journey 2027–28");
  await expect(manager.getByLabel("Name of the new cycle")).toHaveValue("2027–28");
  await manager.getByRole("button", { name: "Start the next cycle" }).click();
  await expect(
    manager.getByRole("heading", { level: 1, name: "Scrutiny journey 2027–28" }),
  ).toBeVisible();
  await expect(manager.getByRole("status", { name: "Next cycle started" })).toBeVisible();
  // The same scrutineers, every answer unrated.
  const progress = manager.getByRole("table", { name: "Progress" });
  await expect(progress.getByRole("row", { name: /Dr Amara Okafor/ })).toContainText("Not started");
  await expect(progress.getByRole("row", { name: /James Whitfield/ })).toContainText("0 of 24");
  await expectNoAxeViolations(manager);
  await manager.getByRole("link", { name: /^Step 1:/ }).click();
  const carried = manager.getByRole("region", { name: /^1\.1/ });
  await expect(carried.getByRole("region", { name: "Last cycle (2026–27)" })).toContainText(
    "Amber",
  );
  await expect(carried.getByRole("region", { name: /Action plan/ })).toContainText(
    "Carried forward from 2026–27",
  );
  await expectNoAxeViolations(manager);
});
