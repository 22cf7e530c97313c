import { Readable } from 'node:stream';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { getImport } from '@/lib/imports/views/get-import';
import { streamResultsCsv } from '@/lib/imports/views/stream-results-csv';
import { localFileStorage } from '@/lib/storage/local-file-storage';

/** Full results (`?rows=all`) or just the rows not in the CRM (`?rows=not-in-crm`), as a CSV download. */
export const GET = route(
  {
    auth: 'admin',
    params: z.object({ id: z.uuid() }),
    query: z.object({ rows: z.enum(['all', 'not-in-crm']).default('all') }),
  },
  async ({ params, query }) => {
    const db = await getDb();
    const row = await getImport(db, params.id);
    const onlyNotInCrm = query.rows === 'not-in-crm';
    const lines = streamResultsCsv({ db, storage: localFileStorage(), row, onlyNotInCrm });
    const base = row.fileName.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_') || 'import';
    const name = `${base}-${onlyNotInCrm ? 'failed-rows' : 'results'}.csv`;
    const body = Readable.toWeb(Readable.from(withBom(lines))) as ReadableStream;
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    });
  },
);

// A BOM makes Excel read the UTF-8 file as UTF-8 (names in any language open cleanly).
async function* withBom(lines: AsyncGenerator<string>): AsyncGenerator<string> {
  yield '\uFEFF';
  yield* lines;
}
