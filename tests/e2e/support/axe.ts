import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

const hasTitle = (page: Page) =>
  expect.poll(() => page.title(), { message: "the page has a <title>" }).not.toBe("");

/** WCAG 2.2 AA (and the A/AA levels before it): a page passes with zero violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await hasTitle(page);
  let summary = await violations(page);
  // A client-side navigation still under way when axe starts swaps the streamed <title> while axe
  // reads the page (seen in CI under load). Let it settle and look again: a page that never gets
  // a title still fails here.
  if (summary.some((line) => line.startsWith("document-title:"))) {
    await page.waitForLoadState("networkidle").catch(() => {});
    await hasTitle(page);
    summary = await violations(page);
  }
  expect(summary).toEqual([]);
}
