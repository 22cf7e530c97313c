import { z } from 'zod';
import { blobChunks } from '@/lib/csv/blob-chunks';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import { findOrphans } from '@/lib/mapping/find-orphans';
import type { OrphansFile, OrphansResponse } from './child-orphans-messages';

// Browser-only module worker: one run per worker; the page terminates it to cancel or to start over.
const PROGRESS_INTERVAL_MS = 100;

const fileSchema = z.object({
  file: z.instanceof(Blob),
  parseOptions: csvParseOptionsSchema,
  keyColumn: z.number().int().min(0),
});
const requestSchema = z.object({ type: z.literal('run'), parent: fileSchema, child: fileSchema });

const post = (message: OrphansResponse) => self.postMessage(message);

const keyed = ({ file, parseOptions, keyColumn }: OrphansFile) => ({
  chunks: blobChunks(file),
  parseOptions,
  keyColumn,
});

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = requestSchema.safeParse(event.data);
  if (!request.success)
    return post({ type: 'failed', message: 'The parent check got a request it does not understand.' });
  let bytesRead = 0;
  let lastReport = 0;
  findOrphans(keyed(request.data.parent), keyed(request.data.child), (bytes) => {
    bytesRead += bytes;
    if (Date.now() - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = Date.now();
    post({ type: 'progress', bytesRead });
  })
    .then((report) => post({ type: 'done', report }))
    .catch((error: unknown) =>
      post({
        type: 'failed',
        message: `The parent check stopped: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
});
