import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA (and the A/AA levels before it): a page passes with zero violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation React swaps the streamed <title> a moment after the new page
  // paints; check the page once it has settled (a page that never gets a title still fails here).
  await page.waitForLoadState("load");
  await expect.poll(() => page.title(), { message: "the page has a <title>" }).not.toBe("");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}
