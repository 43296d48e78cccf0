import { expect, type Locator, type Page } from "@playwright/test";

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element.contains(document.activeElement));
}

/**
 * Presses Tab (or Shift+Tab) until the target, or something inside it, has focus: proof that a
 * keyboard user can reach it, in the page's own focus order. Fails if it is never reached.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 250 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Not reached by keyboard in ${max} presses: ${target.toString()}`);
}

/** Tabs into a radio group and moves with the arrow keys until the named option is checked. */
export async function chooseRadio(
  page: Page,
  group: Locator,
  name: string | RegExp,
): Promise<void> {
  await tabTo(page, group.getByRole("radio").first().locator("xpath=ancestor::fieldset[1]"));
  const option = group.getByRole(
    "radio",
    typeof name === "string" ? { name, exact: true } : { name },
  );
  for (let presses = 0; presses < 8; presses += 1) {
    if (await option.isChecked()) break;
    // The first arrow press from an unchecked group checks the focused option.
    await page.keyboard.press(presses === 0 && !(await anyChecked(group)) ? "Space" : "ArrowDown");
  }
  await expect(option).toBeChecked();
}

async function anyChecked(group: Locator): Promise<boolean> {
  return group.evaluate((element) =>
    Array.from(element.querySelectorAll<HTMLInputElement>("input[type=radio]")).some(
      (radio) => radio.checked,
    ),
  );
}

/** Tabs to a field and types into it (replacing what is there). */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

/** Tabs to a checkbox or button and presses Space / Enter. */
export async function press(page: Page, target: Locator, key: "Space" | "Enter"): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tabs to a closed select and moves with the arrow keys until an option containing `text` is chosen. */
export async function chooseOption(page: Page, select: Locator, text: string): Promise<void> {
  await tabTo(page, select);
  const chosen = () =>
    select.evaluate((element) => {
      const list = element as HTMLSelectElement;
      return list.options[list.selectedIndex]?.text ?? "";
    });
  const count = await select.locator("option").count();
  for (let presses = 0; presses <= count; presses += 1) {
    if ((await chosen()).includes(text)) return;
    await page.keyboard.press("ArrowDown");
  }
  expect(await chosen()).toContain(text);
}
