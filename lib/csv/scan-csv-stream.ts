import { type CsvScan, createCsvScan } from './create-csv-scan';
import { createTextDecoder } from './create-text-decoder';
import type { CsvParseOptions } from './csv-parse-options';

const BATCH_CHARS = 1024 * 1024;

export type ScanProgress = { bytesRead: number; rows: number; elapsedMs: number };

export type ScanCallbacks = {
  previewLimit: number;
  /** Called once, as soon as `previewLimit` rows are read (or at the end of a shorter file). */
  onPreview?: (scan: CsvScan) => void;
  onProgress?: (progress: ScanProgress, scan: CsvScan) => void;
  progressIntervalMs?: number;
  isCancelled?: () => boolean;
};

export type ScanOutcome = {
  scan: CsvScan;
  progress: ScanProgress;
  isCancelled: boolean;
  /** The first chunk whose bytes did not decode, to guess what encoding they really are. */
  undecodedBytes: Uint8Array | null;
};

/**
 * Decodes with a streaming TextDecoder (a character split across chunks stays whole, unlike papaparse's own
 * file reader) and scans record by record; neither the text nor the rows are kept.
 */
export async function scanCsvStream(
  stream: ReadableStream<Uint8Array>,
  options: CsvParseOptions,
  callbacks: ScanCallbacks,
): Promise<ScanOutcome> {
  const scan = createCsvScan(options, callbacks.previewLimit);
  const decoder = createTextDecoder(options.encoding);
  const reader = stream.getReader();
  const startedAt = Date.now();
  const interval = callbacks.progressIntervalMs ?? 100;
  let lastReport = 0;
  let bytesRead = 0;
  let isPreviewSent = false;
  let pending = '';
  let undecodedBytes: Uint8Array | null = null;
  const progress = (): ScanProgress => ({ bytesRead, rows: scan.rows, elapsedMs: Date.now() - startedAt });

  try {
    for (;;) {
      if (callbacks.isCancelled?.()) {
        await reader.cancel();
        return { scan, progress: progress(), isCancelled: true, undecodedBytes };
      }
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.byteLength;
      const text = decoder.decode(value, { stream: true });
      if (!undecodedBytes && text.includes('\uFFFD')) undecodedBytes = value.slice();
      pending += text;
      // Until the preview is out every chunk is parsed at once; after that, ~1 MB batches cost less per row.
      if (isPreviewSent && pending.length < BATCH_CHARS) continue;
      const batch = pending;
      pending = '';
      if (!scan.push(batch)) break;
      if (!isPreviewSent && scan.preview().length >= callbacks.previewLimit) {
        isPreviewSent = true;
        callbacks.onPreview?.(scan);
      }
      if (Date.now() - lastReport >= interval) {
        lastReport = Date.now();
        callbacks.onProgress?.(progress(), scan);
        // A macrotask turn, so a cancel message waiting in the worker's queue gets handled.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    if (!scan.isStopped) scan.push(pending + decoder.decode());
    scan.end();
    if (!isPreviewSent) callbacks.onPreview?.(scan);
    return { scan, progress: progress(), isCancelled: false, undecodedBytes };
  } finally {
    reader.releaseLock();
  }
}
