import 'server-only';
import type { ImportChunk } from '@/lib/db/schema';
import { classifyFailure } from '@/lib/zoho/classify-failure';
import { ZohoError } from '@/lib/zoho/zoho-error';
import { fenced, moveChunk, type Writer } from './fenced';
import { redactCallbackSecrets } from './redact-callback-secrets';

/**
 * Zoho answered a question about a job it created with a definite error (RESOURCE_NOT_FOUND above all): the job
 * is lost to us, but its rows may well be in the CRM. The chunk waits for the admin with the facts; it is never
 * counted as not sent, and the rest of the import carries on. Other errors (waits) are rethrown.
 */
export async function markJobLost(writer: Writer, chunk: ImportChunk, error: unknown): Promise<void> {
  if (!(error instanceof ZohoError) || classifyFailure(error).kind !== 'stop') throw error;
  const created = chunk.createAttemptedAt?.toISOString() ?? 'an unknown time';
  await fenced(writer, (tx) =>
    moveChunk(tx, chunk, ['in_zoho', 'downloading'], {
      status: 'needs_attention',
      createOutcome: redactCallbackSecrets(
        `Zoho job ${chunk.zohoJobId} was created at ${created}, but Zoho now answers "${error.zohoMessage}" (${error.code}) about it. Its rows may be in the CRM: check which of them are before sending any again.`,
      ),
    }),
  );
}
