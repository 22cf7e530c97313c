import { z } from 'zod';
import { canonicalEncoding } from '@/lib/csv/create-text-decoder';
import { type CsvParseOptions, csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import { detectParseOptions } from '@/lib/csv/detect-parse-options';
import { detectUnreadableFile } from '@/lib/csv/detect-unreadable-file';
import { scanCsvStream } from '@/lib/csv/scan-csv-stream';
import { type EncodingCandidate, sniffEncoding } from '@/lib/csv/sniff-encoding';
import { undecodableWindow } from '@/lib/csv/undecodable-window';
import type { WorkerResponse } from './csv-worker-messages';

// Browser-only module worker: the main thread never sees more than the preview rows and the summaries.
const SAMPLE_BYTES = 256 * 1024;
const PREVIEW_ROWS = 100;

const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('scan'), file: z.instanceof(Blob), overrides: csvParseOptionsSchema.partial() }),
  z.object({ type: z.literal('cancel') }),
]);

let isCancelled = false;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

/** What bytes the chosen encoding could not read most likely are: another encoding's reading of them. */
function suggestEncoding(bytes: Uint8Array | null, current: string): EncodingCandidate | null {
  if (!bytes) return null;
  const guess = sniffEncoding(undecodableWindow(bytes, current));
  const other = guess.candidates.find((candidate) => candidate.encoding !== current);
  if (other) return other;
  return guess.encoding !== current ? { encoding: guess.encoding, confidence: 100, sampleRow: '' } : null;
}

async function scan(file: Blob, overrides: Partial<CsvParseOptions>): Promise<void> {
  const startedAt = performance.now();
  const sample = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  const { options, encoding, sepLine, headerSuggestion } = detectParseOptions(sample, overrides);
  const unreadable = detectUnreadableFile(sample, options.encoding);
  const tried = { options, detectedEncoding: encoding };
  if (unreadable)
    return post({
      type: 'failed',
      code: unreadable.code,
      kind: unreadable.kind,
      message: unreadable.message,
      tried,
    });
  if (!canonicalEncoding(options.encoding)) {
    return post({
      type: 'failed',
      code: 'read_error',
      message: `This browser cannot decode "${options.encoding}".`,
      tried,
    });
  }
  const outcome = await scanCsvStream(file.stream(), options, {
    previewLimit: PREVIEW_ROWS,
    isCancelled: () => isCancelled,
    onPreview: (current) => {
      if (!current.headers) return;
      const elapsedMs = Math.round(performance.now() - startedAt);
      const { headers } = current;
      post({
        type: 'preview',
        options,
        detectedEncoding: encoding,
        sepLine,
        headerSuggestion,
        headers,
        rows: current.preview(),
        problems: current.problems(),
        elapsedMs,
      });
    },
    onProgress: (progress, current) => post({ type: 'progress', progress, problems: current.problems() }),
  });
  if (!outcome.scan.headers && !outcome.isCancelled) {
    return post({
      type: 'failed',
      code: 'no_columns',
      message:
        options.headerRow > 1
          ? `No rows from row ${options.headerRow} on: choose an earlier header row.`
          : 'No columns found: the file holds only blank lines.',
      tried,
    });
  }
  post({
    type: 'done',
    progress: outcome.progress,
    profiles: outcome.scan.profiles(),
    problems: outcome.scan.problems(),
    isCancelled: outcome.isCancelled,
    encodingSuggestion: suggestEncoding(outcome.undecodedBytes, options.encoding),
  });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = requestSchema.safeParse(event.data);
  if (!request.success) return;
  if (request.data.type === 'cancel') {
    isCancelled = true;
    return;
  }
  scan(request.data.file, request.data.overrides).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', code: 'read_error', message: `The file could not be read: ${message}` });
  });
});
