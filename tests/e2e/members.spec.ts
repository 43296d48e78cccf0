import { expect, test, type Page } from "@playwright/test";
import { freshCode, signIn } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { openPartnershipSection } from "./support/navigation";

/** The demo business manager, signed in, on the Members page. */
async function openMembers(page: Page): Promise<void> {
  await signIn(page, "business.manager@northshire.example");
  await openPartnershipSection(page, "Members");
}

test("a business manager invites, changes, deactivates and removes a member, and invites from a CSV file", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await openMembers(page);
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expectNoAxeViolations(page);
  const membersUrl = page.url();

  await page.getByRole("link", { name: "Invite a member" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Enter an email address");
  await expect(summary).toContainText("Select a role");
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill("new.person@example.org");
  await page.getByLabel("Full name (optional)").fill("New Person");
  // keyboard: focus the first radio and move with arrows
  await page.getByRole("radio", { name: "Business manager" }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Agency respondent" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Partnership chair" }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Select the organisation this agency respondent works for",
  );
  await expect(page.getByLabel("Email address")).toHaveValue("new.person@example.org");
  await expect(page.getByRole("radio", { name: "Agency respondent" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Partnership chair" })).toBeChecked();
  const orgSelect = page.getByRole("combobox", { name: "Organisation" });
  const options = await orgSelect.locator("option").allTextContents();
  await orgSelect.selectOption({ label: options[1] ?? "" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    page.getByRole("status", { name: "Invitation sent to new.person@example.org" }),
  ).toBeVisible();

  await page.goto("/outbox");
  await expectNoAxeViolations(page);
  const text = await page.locator("pre").first().textContent();
  const link = text?.match(/http:\/\/localhost:\d+(\/invitations\/\S+)/)?.[1];
  expect(link).toBeTruthy();

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(link ?? "");
  await expect(guest.getByRole("heading", { level: 1 })).toContainText("Join");
  await expectNoAxeViolations(guest);
  await guest.getByLabel("Password", { exact: true }).fill("short");
  await guest.getByLabel("Confirm password").fill("short");
  await guest.getByRole("button", { name: "Create account and accept" }).click();
  await expect(guest.getByRole("alert", { name: "There is a problem" })).toContainText(
    "12 characters",
  );
  await expect(guest.getByLabel("Full name")).toHaveValue("New Person");
  await guest.getByLabel("Password", { exact: true }).fill("a perfectly long password");
  await guest.getByLabel("Confirm password").fill("a perfectly long password");
  await guest.getByRole("button", { name: "Create account and accept" }).click();
  await expect(guest.getByRole("status")).toContainText("You have joined");
  await guest.goto(link ?? "");
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(
    "This invitation has already been used",
  );

  await page.goto(membersUrl);
  await page.getByRole("link", { name: "New Person" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Viewer" }).check();
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status", { name: "Role changed" })).toBeVisible();
  await page.getByRole("button", { name: "Deactivate member" }).click();
  await expect(page.getByRole("status", { name: "Member deactivated" })).toBeVisible();
  await expect(page.getByText(/Deactivated on/)).toBeVisible();
  await page.getByRole("button", { name: "Reactivate member" }).click();
  await expect(page.getByRole("status", { name: "Member reactivated" })).toBeVisible();
  await page.getByRole("link", { name: "Remove New Person" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, remove New Person" }).click();
  await expect(page.getByRole("status", { name: "Member removed" })).toBeVisible();

  await page.getByRole("link", { name: "Invite from a CSV file" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("CSV file").setInputFiles({
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "email,name,role,organisation\na@example.org,A,viewer,\nb@example.org,B,boss,\nc@example.org,C,agency respondent,\n",
    ),
  });
  await page.getByRole("button", { name: "Upload and send invitations" }).click();
  await expect(page.getByText('Row 3: role "boss" is not one of')).toBeVisible();
  await expect(page.getByText("Row 4: enter an organisation")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("CSV file").setInputFiles({
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "email,name,role,organisation\na@example.org,A,viewer,\nb@example.org,B,scrutineer,\n",
    ),
  });
  await page.getByRole("button", { name: "Upload and send invitations" }).click();
  await expect(page.getByRole("status", { name: "2 invitations sent" })).toBeVisible();
  await page.getByRole("button", { name: "Revoke the invitation to a@example.org" }).click();
  await expect(
    page.getByRole("button", { name: "Revoke the invitation to a@example.org" }),
  ).toHaveCount(0);
});

test("a new business manager accepts an invitation, must set up two-factor, and can use a recovery code", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await openMembers(page);
  await page.getByRole("link", { name: "Invite a member" }).click();
  await page.getByLabel("Email address").fill("deputy.manager@example.org");
  await page.getByLabel("Full name (optional)").fill("Deputy Manager");
  await page.getByRole("radio", { name: "Business manager" }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    page.getByRole("status", { name: "Invitation sent to deputy.manager@example.org" }),
  ).toBeVisible();
  await page.goto("/outbox");
  const mail = page
    .locator("article")
    .filter({ hasText: "deputy.manager@example.org" })
    .first()
    .locator("pre");
  const link =
    (await mail.textContent())?.match(/http:\/\/localhost:\d+(\/invitations\/\S+)/)?.[1] ?? "";
  expect(link).not.toBe("");

  const context = await browser.newContext();
  const deputy = await context.newPage();
  await deputy.goto(link);
  await deputy.getByLabel("Password", { exact: true }).fill("deputy manager password");
  await deputy.getByLabel("Confirm password").fill("deputy manager password");
  await deputy.getByRole("button", { name: "Create account and accept" }).click();
  await expect(deputy.getByRole("status")).toContainText("You have joined");

  await deputy.goto("/sign-in");
  await deputy.getByLabel("Email address").fill("deputy.manager@example.org");
  await deputy.getByLabel("Password").fill("deputy manager password");
  await deputy.getByRole("button", { name: "Sign in" }).click();
  await expect(deputy).toHaveURL(/\/sign-in\/set-up-two-factor/);
  await expect(
    deputy.getByRole("img", { name: "QR code for your authenticator app" }),
  ).toBeVisible();
  await expectNoAxeViolations(deputy);
  const secret = (await deputy.getByTestId("totp-secret").textContent()) ?? "";
  await deputy
    .getByLabel("Code from your authenticator app")
    .fill(await freshCode("deputy", secret));
  await deputy.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const codeItems = deputy.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codeItems).toHaveCount(10);
  const codes = await codeItems.allTextContents();
  await expectNoAxeViolations(deputy);
  await deputy.getByRole("button", { name: "I have saved my recovery codes" }).click();
  await expect(deputy).toHaveURL(/\/home$/);
  await expect(deputy.getByRole("main")).toContainText("Business manager");

  // Signed out, the next sign-in takes a recovery code once; the same code is refused after.
  await deputy.getByRole("button", { name: "Sign out" }).click();
  await expect(deputy).toHaveURL(/\/sign-in/);
  for (const expected of ["home", "refused"] as const) {
    await deputy.goto("/sign-in");
    await deputy.getByLabel("Email address").fill("deputy.manager@example.org");
    await deputy.getByLabel("Password").fill("deputy manager password");
    await deputy.getByRole("button", { name: "Sign in" }).click();
    await deputy.getByLabel("Code from your authenticator app").fill(codes[0] ?? "");
    await deputy.getByRole("button", { name: "Continue" }).click();
    if (expected === "home") {
      await expect(deputy).toHaveURL(/\/home$/);
      await deputy.getByRole("button", { name: "Sign out" }).click();
      await expect(deputy).toHaveURL(/\/sign-in/);
    } else {
      await expect(deputy.getByRole("alert", { name: "There is a problem" })).toContainText(
        "The code is not right",
      );
    }
  }
  await context.close();
});
