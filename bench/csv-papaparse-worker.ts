// Baseline for bench/csv-chromium.ts: papaparse as most apps use it, given the File in a worker (its own
// slicing and decoding), counting rows and keeping none.
import Papa from 'papaparse';

const PREVIEW_ROWS = 100;

self.addEventListener('message', (event: MessageEvent<{ file: File }>) => {
  const startedAt = performance.now();
  let rows = 0;
  let firstRowsMs = -1;
  Papa.parse<string[]>(event.data.file, {
    chunk: (results) => {
      rows += results.data.length;
      if (firstRowsMs < 0 && rows >= PREVIEW_ROWS) firstRowsMs = performance.now() - startedAt;
    },
    complete: () => self.postMessage({ rows, firstRowsMs, totalMs: performance.now() - startedAt }),
  });
});
