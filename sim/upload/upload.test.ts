import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';
import { writeZip } from '../zip/write-zip';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

describe('upload', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  async function post(body: Buffer, headers: Record<string, string> = {}) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)]), 'upload.zip');
    const response = await fetch(`${sim.sim.url}/crm/v8/upload`, {
      method: 'POST',
      headers: { ...sim.auth, feature: 'bulk-write', 'X-CRM-ORG': '808232144', ...headers },
      body: form,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it('accepts a zipped CSV and returns a file id', async () => {
    const { status, json } = await post(await writeZip([{ name: 'a.csv', content: 'Last_Name\nA\n' }]));
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: 'success', code: 'FILE_UPLOAD_SUCCESS', message: 'file uploaded.' });
  });

  it('refuses a plain CSV with INVALID_FILE_FORMAT (HTTP 200, as Zoho answered in the captures)', async () => {
    const { status, json } = await post(Buffer.from('Last_Name\nA\n'));
    expect(status).toBe(200);
    expect(json).toMatchObject({
      code: 'INVALID_FILE_FORMAT',
      message: 'invalid file format. only zip format is supported',
      status: 'error',
    });
  });

  it('refuses more than 25,000 records in a CSV', async () => {
    const csv = `Last_Name\n${'x\n'.repeat(25_001)}`;
    const { status, json } = await post(await writeZip([{ name: 'big.csv', content: csv }]));
    expect(status).toBe(400);
    expect(json.code).toBe('LIMIT_EXCEEDED');
  });

  it('refuses a wrong feature or org header', async () => {
    const zip = await writeZip([{ name: 'a.csv', content: 'Last_Name\nA\n' }]);
    expect((await post(zip, { feature: 'bulk-read' })).json.code).toBe('NOT_SUPPORTED_FEATURE');
    const wrongOrg = await post(zip, { 'X-CRM-ORG': '1' });
    expect(wrongOrg.status).toBe(400);
    expect(wrongOrg.json['x-error']).toBe('check if headers [feature, X-CRM-ORG] are present and valid');
  });

  it('refuses a zip over 25 MB with FILE_TOO_LARGE (413)', async () => {
    const { status, json } = await post(Buffer.alloc(25 * 1024 * 1024 + 10));
    expect(status).toBe(413);
    expect(json).toEqual({
      status: 'error',
      code: 'FILE_TOO_LARGE',
      message: 'File size too large to process',
      details: {},
    });
  });

  it('refuses an upload without the X-CRM-ORG header', async () => {
    const form = new FormData();
    const zip = await writeZip([{ name: 'a.csv', content: 'Last_Name\nA\n' }]);
    form.append('file', new Blob([new Uint8Array(zip)]), 'upload.zip');
    const response = await fetch(`${sim.sim.url}/crm/v8/upload`, {
      method: 'POST',
      headers: { ...sim.auth, feature: 'bulk-write' },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ERROR_CODE: 400, ERROR_MESSAGE: 'Bad Request' });
  });
});
