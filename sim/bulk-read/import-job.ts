import Papa from 'papaparse';
import type { startTestSimulator } from '../test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

/** Test helper: imports a CSV over HTTP as Zoho clients do (upload zip → create job → poll) and returns the result rows. */
export async function importJob(sim: Sim, module: string, csv: string, fieldMappings: unknown[]) {
  const fileId = await sim.upload(csv, `${module}.csv`);
  const created = await sim.call('POST', '/crm/bulk/v8/write', {
    operation: 'insert',
    resource: [
      { type: 'data', module: { api_name: module }, file_id: fileId, field_mappings: fieldMappings },
    ],
  });
  if (created.status !== 201) throw new Error(`bulk write failed: ${created.text}`);
  const done = await sim.waitFor(
    () => sim.call('GET', `/crm/bulk/v8/write/${created.json.details.id}`),
    (job) => job.json.status === 'COMPLETED',
  );
  const result = await sim.download(done.json.result.download_url);
  return Papa.parse<Record<string, string>>(result, { header: true, skipEmptyLines: true }).data;
}
