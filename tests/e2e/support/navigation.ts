import type { Page } from "@playwright/test";

/** From the signed-in home page: the demo partnership, then one of its section links. */
export async function openPartnershipSection(page: Page, section: string): Promise<void> {
  await page
    .getByRole("main")
    .getByRole("link", { name: /Northshire/ })
    .click();
  await page
    .getByRole("navigation", { name: "Partnership" })
    .getByRole("link", { name: section })
    .click();
}
