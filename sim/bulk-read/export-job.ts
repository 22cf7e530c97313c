import Papa from 'papaparse';
import type { startTestSimulator } from '../test/sim-client';
import { readZip } from '../zip/read-zip';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

/** Test helper: creates a bulk read job over HTTP, polls it to COMPLETED and opens its zip. */
export async function exportJob(sim: Sim, body: unknown, version = 'v8') {
  const created = await sim.call('POST', `/crm/bulk/${version}/read`, body);
  if (created.status !== 201) throw new Error(`create failed: ${created.text}`);
  const id: string = created.json.data[0].details.id;
  const states = new Set<string>();
  const done = await sim.waitFor(
    async () => {
      const job = await sim.call('GET', `/crm/bulk/${version}/read/${id}`);
      states.add(job.json.data[0].state);
      return job;
    },
    (job) => job.json.data[0].state === 'COMPLETED',
  );
  const job = done.json.data[0];
  const response = await fetch(`${sim.sim.url}${job.result.download_url}`, { headers: sim.auth });
  const entries = await readZip(Buffer.from(await response.arrayBuffer()));
  const text = entries[0]?.content.toString('utf8') ?? '';
  return {
    created: created.json,
    job,
    states: [...states],
    response,
    entryNames: entries.map((entry) => entry.name),
    text,
    rows: Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }),
  };
}
