import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules the issue promises: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What axe leaves to judgement, checked here: every table is named, every icon is hidden or named. */
async function unnamedTablesAndIcons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isNamed = (element: Element) =>
      Boolean(
        element.getAttribute('aria-label')?.trim() ||
          element.getAttribute('aria-labelledby') ||
          element.querySelector(':scope > caption')?.textContent?.trim() ||
          element.querySelector(':scope > title')?.textContent?.trim(),
      );
    const where = (element: Element) =>
      `${element.tagName.toLowerCase()} in “${element.parentElement?.textContent?.trim().slice(0, 60) ?? ''}”`;
    const tables = [...document.querySelectorAll('table, [role="table"], [role="grid"]')]
      .filter((table) => !isNamed(table))
      .map((table) => `table without a caption or label: ${where(table)}`);
    const icons = [...document.querySelectorAll('svg')]
      .filter((svg) => !svg.closest('[aria-hidden="true"]') && !isNamed(svg))
      .map((svg) => `icon neither hidden nor named: ${where(svg)}`);
    return [...tables, ...icons];
  });
}

/** Runs axe on the whole page (sidebar and header included) and fails with every violating node named. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const violations = results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary}`,
    ),
  );
  expect([...violations, ...(await unnamedTablesAndIcons(page))], `accessibility of ${state}`).toEqual([]);
}
