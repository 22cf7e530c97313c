import { z } from 'zod';
import { createRecordReader } from '@/lib/csv/create-record-reader';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import { createPreflight, type PreflightInput } from '@/lib/mapping/create-preflight';
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
  const preflight = createPreflight(input);
  const problemRows: ProblemRow[] = [];
  let isTruncated = false;
  let rows = 0;
  let bytesRead = 0;
  let lastReport = 0;
  // Record numbers as the server's split counts them: the header is exactly `headerRow`, blank records are dropped.
  const reader = createRecordReader(parseOptions, (fields, record) => {
    if (record < parseOptions.headerRow || (parseOptions.hasHeader && record === parseOptions.headerRow))
      return;
    if (fields.length === 1 && fields[0] === '') return;
    rows += 1;
    const issues = preflight.add(record, fields);
    if (!issues.some((issue) => issue.severity !== 'zoho_decides')) return;
    if (problemRows.length >= MAX_PROBLEM_ROWS) isTruncated = true;
    else
      problemRows.push({
        record,
        cells: fields.map((cell) => cell.slice(0, MAX_CELL_CHARS)),
        issues: [...issues],
      });
  });
  const decoder = new TextDecoder(parseOptions.encoding);
  const stream = file.stream().getReader();
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    bytesRead += value.byteLength;
    reader.push(decoder.decode(value, { stream: true }));
    if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
      lastReport = Date.now();
      post({ type: 'progress', bytesRead, rows });
    }
  }
  reader.push(decoder.decode());
  reader.end();
  post({ type: 'done', summary: preflight.summary(), problemRows, isTruncated });
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
