import { test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y/axe';
import { PAGES } from './a11y/pages';

// Runs in the first-look project: a fresh install, nothing connected or run yet. It only looks.
for (const [file, list] of Object.entries(PAGES)) {
  for (const visit of list.filter((item) => item.phase === 'first-look')) {
    test(`${file} on a fresh install: ${visit.steps.map((step) => step.state).join(' → ')}`, async ({
      page,
    }) => {
      for (const step of visit.steps) {
        await step.reach(page, page);
        await expectNoAxeViolations(page, step.state);
      }
    });
  }
}
