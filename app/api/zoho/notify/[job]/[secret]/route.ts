import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { exports, imports } from '@/lib/db/schema';
import { wakeExport } from '@/lib/exports/run/wake-export';
import { AppError } from '@/lib/http/app-error';
import { route } from '@/lib/http/route';
import { wakeImport } from '@/lib/imports/run/wake-import';
import { isCallbackSecret } from '@/lib/jobs/callback-secret';

/**
 * Zoho POSTs here when a bulk job ends. It only wakes the job's poller: the body is ignored (state always comes
 * from Zoho itself), so replays and forged bodies change nothing. A wrong secret gets the same 404 as no job.
 */
export const POST = route(
  {
    auth: 'public',
    isBrowserRoute: false,
    params: z.object({ job: z.string().max(64), secret: z.string().min(20).max(128) }),
  },
  async ({ params }) => {
    const db = await getDb();
    const id = z.uuid().safeParse(params.job);
    if (!id.success) throw new AppError('not_found', 'No such job.');
    const [found] = await db
      .select({ hash: imports.callbackSecretHash })
      .from(imports)
      .where(eq(imports.id, id.data));
    if (found && isCallbackSecret(params.secret, found.hash)) {
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
