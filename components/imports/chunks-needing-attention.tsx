'use client';
import { Button } from '@/components/ui/button';
import type { ImportAdminView } from '@/lib/imports/views/import-admin-view';
import { useImportControl } from './import-controls';

/**
 * Chunks whose rows may be in the CRM (a create with no clear answer, or a job Zoho no longer knows): the facts,
 * and the admin's two choices. Resending an insert can
 * duplicate records if Zoho did make the job; for update and upsert it is safe.
 */
export function ChunksNeedingAttention({ view }: { view: ImportAdminView }) {
  const control = useImportControl(view.id);
  const waiting = view.chunks.filter((chunk) => chunk.status === 'needs_attention');
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="attention" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="attention" className="text-sm font-semibold text-amber-900">
        {waiting.length === 1
          ? 'One batch needs your decision'
          : `${waiting.length} batches need your decision`}
      </h2>
      <p className="mt-1 text-sm text-amber-900">
        Zoho may already hold these rows: either Fieldmap never got a clear answer when it asked Zoho to start
        the job, or Zoho no longer knows a job it did start. Each batch below says which. Look in Zoho CRM
        (Setup → Data Administration → Import History, or search for a few of the batch's rows) before you
        decide.{' '}
        {view.operation === 'insert' ? (
          <strong>Resending an insert can create duplicate records if Zoho did run the first one.</strong>
        ) : (
          <strong>Resending is safe for {view.operation}: rows are matched on the find-by field.</strong>
        )}
      </p>
      <ul className="mt-3 space-y-3">
        {waiting.map((chunk) => {
          const detail = view.chunkDetails.find((d) => d.index === chunk.index);
          return (
            <li key={chunk.index} className="rounded-md bg-white p-3 text-sm shadow-sm">
              <p className="font-medium text-slate-900">
                Batch {chunk.index + 1}: rows {chunk.firstRecord.toLocaleString()}–
                {chunk.lastRecord.toLocaleString()} ({chunk.rowCount.toLocaleString()} rows)
              </p>
              <p className="mt-1 text-slate-700">{detail?.createOutcome ?? 'No answer recorded.'}</p>
              <div className="mt-2 flex gap-2">
                <Button
                  size="sm"
                  onClick={() => control.mutate({ action: 'resend_chunk', chunkIndex: chunk.index })}
                  disabled={control.isPending}
                >
                  Resend batch {chunk.index + 1}
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => control.mutate({ action: 'mark_chunk_not_sent', chunkIndex: chunk.index })}
                  disabled={control.isPending}
                >
                  Don't resend (count its rows as not processed)
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
