import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { connectionAuth } from '@/lib/connections/connection-auth';
import { getConnection } from '@/lib/connections/get-connection';
import type { Db } from '@/lib/db/client';
import { importChunks, imports } from '@/lib/db/schema';
import { isCallbackSecret } from '@/lib/jobs/callback-secret';
import { getBulkWriteJob } from '@/lib/zoho/get-bulk-write-job';

/** The callback URL of one create: the import's own URL, naming the chunk and the attempt. */
export function createCallbackUrl(importUrl: string, chunkIndex: number, attempt: number): string {
  return `${importUrl}?chunk=${chunkIndex}&attempt=${attempt}`;
}

export type CallbackCreate = { chunk: number; attempt: number };

/**
 * A callback for a chunk whose create got no answer (the runner crashed, or the connection reset after Zoho
 * accepted): the job id in the body is only a lead. Zoho is asked about that job, and it is adopted only if Zoho
 * says it was created with this very chunk's and attempt's callback URL (which carries the import's secret). The
 * chunk then goes on as if the create had answered, instead of waiting for the admin. True when adopted.
 */
export async function adoptCallbackJob(
  db: Db,
  importId: string,
  create: CallbackCreate,
  body: unknown,
): Promise<boolean> {
  const jobId = jobIdOf(body);
  if (!jobId) return false;
  const [chunk] = await db
    .select()
    .from(importChunks)
    .where(and(eq(importChunks.importId, importId), eq(importChunks.index, create.chunk)));
  const isLost =
    chunk &&
    (chunk.status === 'needs_attention' || chunk.status === 'creating') &&
    !chunk.zohoJobId &&
    chunk.attempts === create.attempt;
  if (!isLost) return false;
  const [row] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!row?.connectionId) return false;
  const connection = await getConnection(db, row.connectionId);
  const job = await getBulkWriteJob(connectionAuth(db, connection), { apiVersion: row.apiVersion, jobId });
  if (!isThisCreate(job.callbackUrl, importId, create, row.callbackSecretHash)) return false;
  const adopted = await db
    .update(importChunks)
    .set({
      status: 'in_zoho',
      zohoJobId: job.id,
      createOutcome: `Zoho job ${job.id} created (its answer was lost; Zoho's callback named the job, and Zoho confirmed it was this batch's create)`,
      nextPollAt: new Date(),
      error: null,
    })
    .where(
      and(
        eq(importChunks.importId, importId),
        eq(importChunks.index, create.chunk),
        eq(importChunks.attempts, create.attempt),
        inArray(importChunks.status, ['needs_attention', 'creating']),
        isNull(importChunks.zohoJobId),
      ),
    )
    .returning({ index: importChunks.index });
  return adopted.length > 0;
}

/** Zoho's bulk write callback body is its job details; the id is at the top, or under data[0] like its reads. */
function jobIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as { id?: unknown; data?: { id?: unknown }[] };
  const id = record.id ?? (Array.isArray(record.data) ? record.data[0]?.id : undefined);
  return typeof id === 'string' && /^\d{1,30}$/.test(id) ? id : undefined;
}

function isThisCreate(
  url: string | undefined,
  importId: string,
  create: CallbackCreate,
  secretHash: string | null,
): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const match = parsed.pathname.match(/\/api\/zoho\/notify\/([^/]+)\/([^/]+)$/);
  return (
    match?.[1] === importId &&
    isCallbackSecret(match[2] ?? '', secretHash) &&
    parsed.searchParams.get('chunk') === String(create.chunk) &&
    parsed.searchParams.get('attempt') === String(create.attempt)
  );
}
