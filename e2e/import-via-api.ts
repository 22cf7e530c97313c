import { createHash } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

const SIM_OWNER_ID = '5725767000000225013';

export async function sandboxConnectionId(page: Page): Promise<string> {
  const list = async () =>
    ((await (await page.request.get('/api/connections')).json()) as { connections: { id: string }[] })
      .connections;
  if ((await list()).length === 0) {
    await page.goto('/connection');
    await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
    await expect(page).toHaveURL(/\/connection\?connected=/);
  }
  const [connection] = await list();
  if (!connection) throw new Error('no sandbox connection');
  return connection.id;
}

export type ImportViaApiOptions = { connectionId: string; csv: string; fileName: string; name: string };

/** Uploads a Leads CSV (Last Name, Company, Email) and creates an insert through the wizard's own routes. */
export async function createImportViaApi(
  page: Page,
  origin: string,
  options: ImportViaApiOptions,
): Promise<string> {
  const { request } = page;
  const headers = { origin };
  const csv = Buffer.from(options.csv, 'utf8');
  const started = await request.post('/api/uploads', {
    headers,
    data: { fileName: options.fileName, sizeBytes: csv.length },
  });
  const upload = (await started.json()) as { id: string };
  const sha = createHash('sha256').update(csv).digest('hex');
  const part = await request.put(`/api/uploads/${upload.id}/parts/0`, {
    headers: { ...headers, 'content-type': 'application/octet-stream', 'x-part-sha256': sha },
    data: csv,
  });
  expect(part.ok()).toBe(true);
  expect((await request.post(`/api/uploads/${upload.id}/complete`, { headers })).ok()).toBe(true);
  const created = await request.post('/api/imports', {
    headers,
    data: {
      uploadId: upload.id,
      name: options.name,
      settings: {
        connectionId: options.connectionId,
        module: 'Leads',
        operation: 'insert',
        ignoreEmpty: true,
        timeZone: 'UTC',
      },
      mapping: {
        columns: {
          0: { kind: 'matched', apiName: 'Last_Name' },
          1: { kind: 'matched', apiName: 'Company' },
          2: { kind: 'matched', apiName: 'Email' },
        },
        fieldDefaults: { Owner: SIM_OWNER_ID },
      },
      parseOptions: {
        encoding: 'utf-8',
        delimiter: ',',
        quoteChar: '"',
        newline: '\n',
        headerRow: 1,
        hasHeader: true,
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}
