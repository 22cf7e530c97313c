import { z } from 'zod';
import { blobChunks } from '@/lib/csv/blob-chunks';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import type { PreflightInput } from '@/lib/mapping/create-preflight';
import { preflightCsv } from '@/lib/mapping/preflight-csv';
import type { PreflightRequest, PreflightResponse, ProblemRow } from './preflight-worker-messages';

// Browser-only module worker: one run per worker; the page terminates it to cancel or to start over.
const MAX_PROBLEM_ROWS = 2000;
const MAX_CELL_CHARS = 200;
const PROGRESS_INTERVAL_MS = 100;

const requestSchema = z.object({
  type: z.literal('run'),
  file: z.instanceof(Blob),
  parseOptions: csvParseOptionsSchema,
  input: z.custom<PreflightInput>((value) => typeof value === 'object' && value !== null),
});

const post = (message: PreflightResponse) => self.postMessage(message);

async function run({ file, parseOptions, input }: PreflightRequest): Promise<void> {
  const problemRows: ProblemRow[] = [];
  let isTruncated = false;
  let lastReport = 0;
  const { summary } = await preflightCsv({
    chunks: blobChunks(file),
    parseOptions,
    input,
    onRow: (record, fields, issues) => {
      if (!issues.some((issue) => issue.severity !== 'zoho_decides')) return;
      if (problemRows.length >= MAX_PROBLEM_ROWS) isTruncated = true;
      else
        problemRows.push({
          record,
          cells: fields.map((cell) => cell.slice(0, MAX_CELL_CHARS)),
          issues: [...issues],
        });
    },
    onProgress: (bytesRead, rows) => {
      if (Date.now() - lastReport < PROGRESS_INTERVAL_MS) return;
      lastReport = Date.now();
      post({ type: 'progress', bytesRead, rows });
    },
  });
  post({ type: 'done', summary, problemRows, isTruncated });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = requestSchema.safeParse(event.data);
  if (!request.success)
    return post({ type: 'failed', message: 'The row check got a request it does not understand.' });
  run(request.data).catch((error: unknown) => {
    post({
      type: 'failed',
      message: `The row check stopped: ${error instanceof Error ? error.message : String(error)}`,
    });
  });
});
