import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { exports, imports } from '@/lib/db/schema';
import { wakeExport } from '@/lib/exports/run/wake-export';
import { AppError } from '@/lib/http/app-error';
import { route } from '@/lib/http/route';
import { adoptCallbackJob } from '@/lib/imports/run/adopt-callback-job';
import { wakeImportRunner } from '@/lib/imports/run/advance-import-job';
import { wakeImport } from '@/lib/imports/run/wake-import';
import { isCallbackSecret } from '@/lib/jobs/callback-secret';
import { getBoss } from '@/lib/jobs/start-workers';

/**
 * Zoho POSTs here when a bulk job ends. It wakes the job's poller: state always comes from Zoho itself, so
 * replays and forged bodies change nothing. The one use of the body: the job id of a create whose answer was
 * lost, adopted only once Zoho confirms that job was made by that chunk's create (see adopt-callback-job.ts).
 * A wrong secret gets the same 404 as no job.
 */
export const POST = route(
  {
    auth: 'public',
    isBrowserRoute: false,
    params: z.object({ job: z.string().max(64), secret: z.string().min(20).max(128) }),
    query: z.object({
      chunk: z.coerce.number().int().min(0).optional(),
      attempt: z.coerce.number().int().min(1).optional(),
    }),
  },
  async ({ params, query, request }) => {
    const db = await getDb();
    const id = z.uuid().safeParse(params.job);
    if (!id.success) throw new AppError('not_found', 'No such job.');
    const [found] = await db
      .select({ hash: imports.callbackSecretHash })
      .from(imports)
      .where(eq(imports.id, id.data));
    if (found && isCallbackSecret(params.secret, found.hash)) {
      if (query.chunk !== undefined && query.attempt !== undefined) {
        const body = await readSmallJson(request);
        // A job Zoho cannot confirm just now stays with the admin; the callback is still answered.
        const isAdopted = await adoptCallbackJob(
          db,
          id.data,
          { chunk: query.chunk, attempt: query.attempt },
          body,
        ).catch(() => false);
        // The runner had stopped to wait for the admin: it picks the chunk up again now.
        if (isAdopted) await wakeImportRunner(await getBoss(), id.data);
      }
      await wakeImport(db, id.data);
      return Response.json({ ok: true });
    }
    const [exported] = await db
      .select({ hash: exports.callbackSecretHash })
      .from(exports)
      .where(eq(exports.id, id.data));
    if (exported && isCallbackSecret(params.secret, exported.hash)) {
      await wakeExport(id.data);
      return Response.json({ ok: true });
    }
    throw new AppError('not_found', 'No such job.');
  },
);

/** Zoho's job details are a few KiB; anything larger or not JSON is not read. */
async function readSmallJson(request: Request): Promise<unknown> {
  const text = await request.text().catch(() => '');
  if (text.length > 64 * 1024) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
