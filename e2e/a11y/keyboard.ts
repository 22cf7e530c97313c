import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Why the focused element shows no focus indicator, or null when it does: an outline of at least 1px on the
 * element, or (for a visually hidden control, such as a file input) on the nearest box that stands for it.
 */
export async function missingFocusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'focus is on nothing (the page body)';
    let box: Element | null = focused;
    while (box && box !== document.body) {
      const rect = box.getBoundingClientRect();
      if (rect.width > 1 && rect.height > 1) break;
      box = box.parentElement;
    }
    const name = `${focused.tagName.toLowerCase()} “${(focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 60)}”`;
    if (!box || box === document.body) return `${name} has no visible box`;
    const style = getComputedStyle(box);
    const rect = box.getBoundingClientRect();
    if (style.visibility === 'hidden' || Number(style.opacity) === 0) return `${name} is invisible`;
    if (rect.bottom < 0 || rect.top > window.innerHeight || rect.right < 0 || rect.left > window.innerWidth)
      return `${name} is off screen`;
    if (style.outlineStyle === 'none' || Number.parseFloat(style.outlineWidth) < 1)
      return `${name} shows no focus outline`;
    return null;
  });
}

/** Presses Tab (never the mouse) until `target` has focus, checking the focus indicator at every stop. */
export async function tabTo(page: Page, target: Locator, maxPresses = 250): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    expect(await missingFocusIndicator(page), `focus indicator after ${presses + 1} Tab presses`).toBeNull();
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${maxPresses} Tab presses never reached ${target}`);
}
