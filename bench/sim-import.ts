// How much CPU the simulator spends importing 100,000 rows (4 bulk write jobs of 25,000, Zoho's per-file
// limit), as a ratio to a plain papaparse parse of the same rows in the same process.
// Run: npx tsx bench/sim-import.ts
import Papa from 'papaparse';
import { startTestSimulator } from '../sim/test/sim-client';

const ROWS_PER_FILE = 25_000;
const FILES = 4;

function leadsCsv(file: number): string {
  const lines = ['Last_Name,First_Name,Email,Company,Phone,Lead_Source,No_of_Employees'];
  for (let row = 0; row < ROWS_PER_FILE; row += 1) {
    const n = file * ROWS_PER_FILE + row;
    lines.push(
      `Last${n},First${n},lead${n}@example.com,Company ${n % 977},+1 555 ${String(n).padStart(7, '0')},Trade Show,${n % 500}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const files = Array.from({ length: FILES }, (_, file) => leadsCsv(file));
  const baselineStart = process.cpuUsage();
  for (const csv of files) Papa.parse(csv, { skipEmptyLines: true });
  const baselineMs = cpuMs(baselineStart);

  const sim = await startTestSimulator({ rowsPerSecond: 10_000_000 });
  const fileIds = [];
  for (const csv of files) fileIds.push(await sim.upload(csv));
  const mappings = [
    'Last_Name',
    'First_Name',
    'Email',
    'Company',
    'Phone',
    'Lead_Source',
    'No_of_Employees',
  ].map((api_name, index) => ({ api_name, index }));
  const start = process.cpuUsage();
  const wallStart = performance.now();
  const jobIds = [];
  for (const fileId of fileIds) {
    const body = {
      operation: 'insert',
      resource: [
        {
          type: 'data',
          module: { api_name: 'Leads' },
          file_id: fileId,
          field_mappings: [
            ...mappings,
            { api_name: 'Owner', default_value: { value: '5725767000000225013' } },
          ],
        },
      ],
    };
    jobIds.push((await sim.call('POST', '/crm/bulk/v8/write', body)).json.details.id as string);
  }
  for (const id of jobIds) {
    await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/write/${id}`),
      (job) => job.json.status === 'COMPLETED',
    );
  }
  const simMs = cpuMs(start);
  const wallMs = performance.now() - wallStart;
  const stored = sim.sim.context.store.count('Leads');
  await sim.close();
  console.log(`rows imported: ${stored - 2} of ${FILES * ROWS_PER_FILE}`);
  console.log(`baseline (papaparse parse of the same rows): ${baselineMs.toFixed(0)} ms CPU`);
  console.log(`simulator import (upload excluded): ${simMs.toFixed(0)} ms CPU, ${wallMs.toFixed(0)} ms wall`);
  console.log(`ratio simulator / baseline: ${(simMs / baselineMs).toFixed(1)}x`);
}

void main();
