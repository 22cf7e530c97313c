import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y/axe';
import { PAGES, type Visit } from './a11y/pages';
import { routeFiles } from './a11y/route-files';
import { ADMIN_STORAGE_STATE } from './admin-credentials';

test('every page under app/ is on the accessibility list (e2e/a11y/pages.ts)', () => {
  const listed = Object.keys(PAGES).sort();
  const pages = routeFiles().sort();
  const missing = pages.filter((file) => !listed.includes(file));
  expect(missing, 'pages with no entry: add a visit for each to PAGES in e2e/a11y/pages.ts').toEqual([]);
  expect(
    listed.filter((file) => !pages.includes(file)),
    'entries for pages that no longer exist',
  ).toEqual([]);
  for (const [file, visits] of Object.entries(PAGES))
    expect(visits.length, `${file} has no visit`).toBeGreaterThan(0);
});

const visits = (phase: Visit['phase']) =>
  Object.entries(PAGES).flatMap(([file, list]) =>
    list.filter((visit) => visit.phase === phase).map((visit) => ({ file, visit })),
  );

test.describe('signed in', () => {
  test.afterAll(async ({ browser }) => {
    // The saved mapping goes again: other specs expect the mappings they make to be the only ones.
    const context = await browser.newContext();
    const { templates } = (await (await context.request.get('/api/mapping-templates')).json()) as {
      templates: { id: string; name: string }[];
    };
    const origin = new URL((await context.request.get('/sign-in')).url()).origin;
    for (const template of templates.filter((item) => item.name.startsWith('A11y')))
      await context.request.delete(`/api/mapping-templates/${template.id}`, { headers: { origin } });
    await context.close();
  });

  for (const { file, visit } of visits('console')) {
    test(`${file}: ${visit.steps.map((step) => step.state).join(' → ')}`, async ({ page }) => {
      test.setTimeout(180_000);
      for (const step of visit.steps) {
        await step.reach(page, page);
        await expectNoAxeViolations(page, step.state);
      }
    });
  }
});

test.describe('signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  for (const { file, visit } of visits('signed-out')) {
    test(`${file}: ${visit.steps.map((step) => step.state).join(' → ')}`, async ({ page, browser }) => {
      test.setTimeout(180_000);
      const adminContext = await browser.newContext({ storageState: ADMIN_STORAGE_STATE });
      const admin = await adminContext.newPage();
      for (const step of visit.steps) {
        await step.reach(page, admin);
        await expectNoAxeViolations(page, step.state);
      }
      await adminContext.close();
    });
  }
});
