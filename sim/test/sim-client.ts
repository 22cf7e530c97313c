import { type RunningSimulator, startSimulator } from '../server';
import { readZip } from '../zip/read-zip';
import { writeZip } from '../zip/write-zip';

/** A running simulator plus the few calls every simulator test makes, over real HTTP. */
export async function startTestSimulator(options: Parameters<typeof startSimulator>[0] = {}) {
  const sim: RunningSimulator = await startSimulator({ port: 0, rowsPerSecond: 1_000_000, ...options });
  const token = await refreshAccessToken(sim.url, sim.context.config.selfClientRefreshToken);
  const auth = { Authorization: `Zoho-oauthtoken ${token}` };

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${sim.url}${path}`, {
      method,
      headers: { ...auth, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read Zoho's JSON by path; the assertions are the check.
    type Json = Record<string, any>;
    return { status: response.status, text, json: (text ? JSON.parse(text) : {}) as Json };
  }

  async function upload(csv: string, name = 'records.csv'): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await writeZip([{ name, content: csv }]))]), 'upload.zip');
    const response = await fetch(`${sim.url}/crm/v8/upload`, {
      method: 'POST',
      headers: { ...auth, feature: 'bulk-write', 'X-CRM-ORG': '808232144' },
      body: form,
    });
    const json = (await response.json()) as { details: { file_id: string } };
    return json.details.file_id;
  }

  /** A zip of several CSVs (a parent-child job), uploaded on the given API version; the whole response. */
  async function uploadZip(files: { name: string; content: string }[], version = 'v8') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await writeZip(files))]), 'upload.zip');
    const response = await fetch(`${sim.url}/crm/${version}/upload`, {
      method: 'POST',
      headers: { ...auth, feature: 'bulk-write', 'X-CRM-ORG': '808232144' },
      body: form,
    });
    return (await response.json()) as { code: string; details: { file_id: string } };
  }

  async function downloadAll(url: string): Promise<Map<string, string>> {
    const response = await fetch(url.startsWith('http') ? url : `${sim.url}${url}`, { headers: auth });
    const entries = await readZip(Buffer.from(await response.arrayBuffer()));
    return new Map(entries.map((entry) => [entry.name, entry.content.toString('utf8')]));
  }

  async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const value = await read();
      if (isDone(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('timed out waiting for the simulator');
  }

  async function download(url: string): Promise<string> {
    const response = await fetch(url.startsWith('http') ? url : `${sim.url}${url}`, { headers: auth });
    const entries = await readZip(Buffer.from(await response.arrayBuffer()));
    return entries[0]?.content.toString('utf8') ?? '';
  }

  return {
    sim,
    token,
    auth,
    call,
    upload,
    uploadZip,
    waitFor,
    download,
    downloadAll,
    close: () => sim.close(),
  };
}

export async function refreshAccessToken(
  url: string,
  refreshToken = '1000.simulator.refresh',
): Promise<string> {
  const response = await fetch(`${url}/oauth/v2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: '1000.SIMULATOR',
      client_secret: 'simulator-secret',
      refresh_token: refreshToken,
    }),
  });
  const json = (await response.json()) as { access_token?: string; error?: string };
  if (!json.access_token) throw new Error(json.error);
  return json.access_token;
}
