import type { Page } from "@playwright/test";

/** From the signed-in home page: the demo partnership, then one of its section links. */
export async function openPartnershipSection(page: Page, section: string): Promise<void> {
  await page
    .getByRole("main")
    // Exact: the home page's action counts also name the partnership to screen readers.
    .getByRole("link", { name: "Northshire Safeguarding Children Partnership", exact: true })
    .click();
  await page
    .getByRole("navigation", { name: "Partnership" })
    .getByRole("link", { name: section })
    .click();
}
