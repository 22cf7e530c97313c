import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ADMIN } from '../admin-credentials';
import { familyImport, finishedExport, finishedImport, shareLinkUrl, startedImport } from './seed';

/**
 * THE list of pages: every page file under app/ has an entry, and e2e/every-page.spec.ts fails for a page file
 * without one. Each visit opens the page (and walks it through the states a user reaches); axe runs after every
 * step. `phase` says who can see it: `setup` only before the first admin exists (e2e/first-run.setup.ts),
 * `first-look` on a fresh install with nothing connected yet (e2e/every-page-first-look.spec.ts), `signed-out`
 * without a session, `console` signed in with data (e2e/every-page.spec.ts).
 */
/** `admin` is a signed-in page for making data; on signed-in visits it is `page` itself. */
export type Step = { state: string; reach: (page: Page, admin: Page) => Promise<void> };
export type Visit = {
  phase: 'setup' | 'first-look' | 'signed-out' | 'console';
  steps: Step[];
};

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'parent-child');
const MAPPED_CSV = [
  'Surname,Given name,E-mail,Company name,Signed up,Lead Sorce,Account manager',
  'Lovelace,Ada,ada@a11y.example,Analytical Engines,24/12/2024,Advertisement,patricia.boyle@sandbox.example.com',
  ',Grace,grace@a11y.example,Navy,13/01/2025,Fair,patricia.boyle@sandbox.example.com',
].join('\n');

const open =
  (url: string, heading: string | RegExp) =>
  async (page: Page): Promise<void> => {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  };

async function chooseCsv(page: Page, name: string, csv: string) {
  await page.goto('/imports/new');
  await page
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

export const PAGES: Record<string, Visit[]> = {
  'app/page.tsx': [
    {
      phase: 'console',
      steps: [
        {
          state: 'home (sends the admin to Imports)',
          reach: async (page) => {
            await page.goto('/');
            await expect(page).toHaveURL(/\/imports$/);
          },
        },
      ],
    },
  ],
  'app/(auth)/setup/page.tsx': [
    {
      phase: 'setup',
      steps: [
        { state: 'setup form', reach: async (page) => expect(page.getByLabel('Setup token')).toBeVisible() },
        {
          state: 'setup form with a wrong token',
          reach: async (page) => {
            await page.getByLabel('Setup token').fill('not-the-token');
            await page.getByLabel('Name').fill(ADMIN.name);
            await page.getByLabel('Email').fill(ADMIN.email);
            await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
            await page.getByRole('button', { name: 'Create admin' }).click();
            await expect(page.getByText('That setup token is not right')).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(auth)/sign-in/page.tsx': [
    {
      phase: 'signed-out',
      steps: [
        { state: 'sign-in form', reach: open('/sign-in', 'Sign in') },
        {
          state: 'sign-in with a wrong password',
          reach: async (page) => {
            await page.getByLabel('Email').fill(ADMIN.email);
            await page.getByLabel('Password', { exact: true }).fill('not-the-password');
            await page.getByRole('button', { name: 'Sign in' }).click();
            await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/imports/page.tsx': [
    { phase: 'first-look', steps: [{ state: 'no imports yet', reach: open('/imports', 'Imports') }] },
    {
      phase: 'console',
      steps: [
        {
          state: 'imports list',
          reach: async (page) => {
            await finishedImport(page);
            await familyImport(page);
            await open('/imports', 'Imports')(page);
            await expect(page.getByRole('link', { name: 'A11y finished import' })).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/imports/new/page.tsx': [
    {
      phase: 'first-look',
      steps: [{ state: 'drop zone, nothing connected', reach: open('/imports/new', 'New import') }],
    },
    {
      phase: 'console',
      steps: [
        { state: 'drop zone', reach: open('/imports/new', 'New import') },
        {
          state: 'preview of a chosen file',
          reach: async (page) => {
            await chooseCsv(page, 'a11y-leads.csv', MAPPED_CSV);
            await expect(page.getByRole('button', { name: 'Continue to mapping' })).toBeEnabled();
          },
        },
        {
          state: 'mapping board with problems and the row check',
          reach: async (page) => {
            await page.getByRole('button', { name: 'Continue to mapping' }).click();
            await expect(page.getByLabel('Module')).toHaveValue('Leads');
            await expect(
              page
                .getByRole('region', { name: /Row check/ })
                .getByRole('definition')
                .first(),
            ).toBeVisible();
            await expect(page.getByRole('list', { name: 'Mapping problems' })).toBeVisible();
          },
        },
        {
          state: 'problems fixed: exclusion choice, save-mapping form and the start panel',
          reach: async (page) => {
            await page.getByLabel('Column for Lead Owner').selectOption({ label: 'Account manager' });
            await page
              .getByRole('listitem', { name: 'Field Lead Source' })
              .getByLabel('"Fair" becomes')
              .selectOption('Trade Show');
            await page
              .getByRole('region', { name: /Row check/ })
              .getByRole('radio')
              .first()
              .check();
            await page
              .getByRole('form', { name: 'Save this mapping' })
              .getByLabel('Mapping name')
              .fill('A11y mapping');
            await expect(page.getByRole('region', { name: 'Run the import' })).toBeVisible();
          },
        },
      ],
    },
    {
      phase: 'console',
      steps: [
        {
          state: 'child files: a subform file with its own board and row check',
          reach: async (page) => {
            await page.goto('/imports/new');
            await page.getByLabel('Choose a CSV file').setInputFiles(path.join(FIXTURES, 'family-leads.csv'));
            await page.getByRole('button', { name: 'Continue to mapping' }).click();
            const family = page.getByRole('region', {
              name: 'Child files: subforms and multi-record lookups',
            });
            await family.getByRole('button', { name: 'Add a child file' }).click();
            const child = family.getByRole('region', { name: 'Child file 1' });
            await child
              .getByLabel('Choose a CSV file')
              .setInputFiles(path.join(FIXTURES, 'family-visits.csv'));
            await expect(child.getByRole('region', { name: /Row check/ })).toContainText('Rows checked', {
              timeout: 20_000,
            });
          },
        },
      ],
    },
  ],
  'app/(console)/imports/[id]/page.tsx': [
    {
      phase: 'console',
      steps: [
        {
          state: 'an import while it runs',
          reach: async (page) => {
            await page.goto(`/imports/${await startedImport(page)}`);
            await expect(page.getByRole('heading', { name: 'A11y running import', level: 1 })).toBeVisible();
            await expect(page.getByText('Completed', { exact: true })).toHaveCount(0);
          },
        },
      ],
    },
    {
      phase: 'console',
      steps: [
        {
          state: 'a finished import: batches, rows not in the CRM, share panel with a new link',
          reach: async (page) => {
            await shareLinkUrl(page);
            await expect(page.getByRole('region', { name: /Rows not in the CRM/ })).toBeVisible();
            await expect(page.getByLabel('New share link')).toBeVisible();
          },
        },
        {
          state: 'the retry grid',
          reach: async (page) => {
            await page.getByRole('button', { name: 'Retry failed rows' }).click();
            await expect(
              page.getByRole('region', { name: 'Retry failed rows' }).getByRole('textbox').first(),
            ).toBeVisible();
          },
        },
      ],
    },
    {
      phase: 'console',
      steps: [
        {
          state: 'a parent-child import',
          reach: async (page) => {
            await page.goto(`/imports/${await familyImport(page)}`);
            await expect(page.getByRole('region', { name: 'Files in this import' })).toBeVisible();
          },
        },
        {
          state: "a child file's page",
          reach: async (page) => {
            await page
              .getByRole('region', { name: 'Files in this import' })
              .getByRole('link', { name: 'File page' })
              .first()
              .click();
            await expect(page.getByRole('link', { name: /← Part of A11y family import/ })).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/exports/page.tsx': [
    { phase: 'first-look', steps: [{ state: 'no exports yet', reach: open('/exports', 'Exports') }] },
    {
      phase: 'console',
      steps: [
        {
          state: 'exports list',
          reach: async (page) => {
            await finishedExport(page);
            await open('/exports', 'Exports')(page);
          },
        },
      ],
    },
  ],
  'app/(console)/exports/new/page.tsx': [
    {
      phase: 'first-look',
      steps: [{ state: 'export builder, nothing connected', reach: open('/exports/new', 'New export') }],
    },
    {
      phase: 'console',
      steps: [
        {
          state: 'export builder',
          reach: async (page) => {
            await open('/exports/new', 'New export')(page);
            await expect(page.getByLabel('Module')).toHaveValue('Leads');
          },
        },
        {
          state: 'export builder with criteria, a nested group and fields',
          reach: async (page) => {
            const criteria = page.getByRole('region', { name: 'Criteria' });
            await criteria.getByRole('button', { name: '+ Add condition' }).last().click();
            await page.getByLabel('Condition 1 field').first().selectOption({ label: 'Company' });
            await page.getByLabel('Condition 1 value').first().fill('Axe Ltd');
            await criteria.getByRole('button', { name: '+ Add group' }).last().click();
            const group = page.getByRole('region', { name: 'Group at level 2' });
            await group.getByLabel('Condition 1 field').selectOption({ label: 'Lead Source' });
            await page.getByRole('checkbox', { name: 'Last Name', exact: true }).check();
            await page.getByRole('button', { name: 'Show Lead Owner sub-fields' }).click();
            await page.getByRole('button', { name: 'Run export' }).click();
            await expect(page.getByText('Name the export.')).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/exports/[id]/page.tsx': [
    {
      phase: 'console',
      steps: [
        {
          state: 'a finished export',
          reach: async (page) => {
            await page.goto(`/exports/${await finishedExport(page)}`);
            await expect(page.getByRole('link', { name: 'Download CSV' })).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/jobs/page.tsx': [
    { phase: 'first-look', steps: [{ state: 'nothing has run yet', reach: open('/jobs', 'Jobs') }] },
    {
      phase: 'console',
      steps: [
        {
          state: 'imports and exports',
          reach: async (page) => {
            await finishedExport(page);
            await open('/jobs', 'Jobs')(page);
          },
        },
      ],
    },
  ],
  'app/(console)/mappings/page.tsx': [
    { phase: 'first-look', steps: [{ state: 'no saved mappings', reach: open('/mappings', 'Mappings') }] },
    {
      phase: 'console',
      steps: [
        {
          state: 'a saved mapping',
          reach: async (page) => {
            await chooseCsv(page, 'a11y-saved.csv', MAPPED_CSV);
            await page.getByRole('button', { name: 'Continue to mapping' }).click();
            const save = page.getByRole('form', { name: 'Save this mapping' });
            await save.getByLabel('Mapping name').fill('A11y saved mapping');
            await save.getByRole('button', { name: 'Save as new mapping' }).click();
            await expect(save.getByRole('status')).toContainText('Saved');
            await open('/mappings', 'Mappings')(page);
            await expect(page.getByRole('listitem', { name: 'A11y saved mapping' })).toBeVisible();
          },
        },
        {
          state: 'renaming a saved mapping',
          reach: async (page) => {
            await page
              .getByRole('listitem', { name: 'A11y saved mapping' })
              .getByRole('button', { name: 'Rename' })
              .click();
            await expect(page.getByLabel('New name')).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/connection/page.tsx': [
    { phase: 'first-look', steps: [{ state: 'no connections', reach: open('/connection', 'Connection') }] },
    {
      phase: 'console',
      steps: [
        {
          state: 'the sandbox connected',
          reach: async (page) => {
            await open('/connection', 'Connection')(page);
            await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
            await expect(page).toHaveURL(/\/connection\?connected=/);
            await expect(page.getByRole('status').filter({ hasText: /^Connected / })).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/sandbox/page.tsx': [
    {
      phase: 'first-look',
      steps: [{ state: 'sandbox not connected', reach: open('/sandbox', 'Sandbox records') }],
    },
    {
      phase: 'console',
      steps: [
        {
          state: 'sandbox records with subform rows',
          reach: async (page) => {
            await familyImport(page);
            await open('/sandbox', 'Sandbox records')(page);
            // Newest first, and other tests store many records: find this test's lead.
            await page.getByLabel('Find records').fill('a11y.family1@example.com');
            await page.getByRole('button', { name: 'Search' }).click();
            await expect(page.getByRole('status').filter({ hasText: /^1 record matching/ })).toBeVisible();
            await expect(page.getByText('visit of 1').first()).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/settings/admins/page.tsx': [
    { phase: 'console', steps: [{ state: 'admins', reach: open('/settings/admins', 'Admins') }] },
  ],
  'app/(console)/settings/notifications/page.tsx': [
    {
      phase: 'console',
      steps: [
        { state: 'notifications', reach: open('/settings/notifications', 'Notifications') },
        {
          state: 'adding a notification without a name',
          reach: async (page) => {
            await page.getByRole('button', { name: 'Add notification' }).click();
            await expect(page.getByText('Give it a name.')).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/settings/api-tokens/page.tsx': [
    {
      phase: 'console',
      steps: [
        { state: 'API tokens', reach: open('/settings/api-tokens', 'API tokens') },
        {
          state: 'creating a token without a name',
          reach: async (page) => {
            await page.getByRole('button', { name: 'Create token' }).click();
            await expect(page.getByText('Give the token a name.')).toBeVisible();
          },
        },
        {
          state: 'a new token, shown once',
          reach: async (page) => {
            const form = page.getByRole('form', { name: 'Create an API token' });
            await form.getByLabel('Name').fill('A11y token');
            await form.getByRole('checkbox').first().check();
            await form.getByRole('button', { name: 'Create token' }).click();
            await expect(page.getByLabel('New API token')).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/(console)/api-docs/page.tsx': [
    {
      phase: 'console',
      steps: [{ state: 'API reference', reach: open('/api-docs', 'API reference') }],
    },
  ],
  'app/(console)/schedules/page.tsx': [
    {
      phase: 'console',
      steps: [{ state: 'schedules', reach: open('/schedules', /Schedules/) }],
    },
  ],
  'app/s/[token]/page.tsx': [
    {
      phase: 'signed-out',
      steps: [
        {
          state: "a finished import's share page",
          reach: async (page, admin) => {
            await page.goto(await shareLinkUrl(admin));
            await expect(page.getByRole('heading', { name: 'A11y status for the team' })).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/s/[token]/not-found.tsx': [
    {
      phase: 'signed-out',
      steps: [
        {
          state: 'a share link that does not exist',
          reach: async (page) => {
            await page.goto(`/s/${'x'.repeat(43)}`);
            await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          },
        },
      ],
    },
  ],
  'app/not-found.tsx': [
    {
      phase: 'console',
      steps: [{ state: 'an unknown address', reach: open('/no-such-page', 'This page does not exist') }],
    },
  ],
  'app/error.tsx': [
    {
      phase: 'console',
      steps: [
        {
          state: 'a page that failed to render',
          reach: async (page) => {
            // An export id of the right length that the database cannot read as a uuid makes the page throw.
            await page.goto(`/exports/new?from=${'-'.repeat(36)}`);
            await expect(page.getByRole('heading', { name: 'Something went wrong', level: 1 })).toBeVisible();
          },
        },
      ],
    },
  ],
};
