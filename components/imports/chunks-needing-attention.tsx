'use client';
import { Button } from '@/components/ui/button';
import type { ImportAdminView } from '@/lib/imports/views/import-admin-view';
import { useImportControl } from './import-controls';

/**
 * Chunks whose rows may be in the CRM (a create with no clear answer, or a job Zoho no longer knows): the facts,
 * and the admin's choices. The first is always to have Fieldmap check which rows Zoho holds; an insert is never
 * offered a blind resend when its rows can be checked.
 */
export function ChunksNeedingAttention({ view }: { view: ImportAdminView }) {
  const control = useImportControl(view.id);
  const waiting = view.chunks.filter(
    (chunk) => chunk.status === 'needs_attention' || chunk.status === 'reading_back',
  );
  if (waiting.length === 0) return null;
  const field = view.readBack && 'field' in view.readBack ? view.readBack.field : null;
  const unavailable = view.readBack && 'unavailable' in view.readBack ? view.readBack.unavailable : null;
  const canResend = view.operation !== 'insert' || field === null;
  return (
    <section aria-labelledby="attention" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="attention" className="text-sm font-semibold text-amber-900">
        {waiting.length === 1
          ? 'One batch needs your decision'
          : `${waiting.length} batches need your decision`}
      </h2>
      <p className="mt-1 text-sm text-amber-900">
        Zoho may already hold these rows: either Fieldmap never got a clear answer when it asked Zoho to start
        the job, or Zoho no longer knows a job it did start. Each batch below says which.{' '}
        {field ? (
          <>
            Fieldmap can check which of the batch's rows Zoho has by reading them back by{' '}
            <strong>{field}</strong>: rows Zoho has are marked added, with their record ids, and only the rows
            it does not have are sent again.
          </>
        ) : (
          <>
            {unavailable} Look in Zoho CRM (Setup → Data Administration → Import History, or search for a few
            of the batch's rows) before you decide.{' '}
            {view.operation === 'insert' ? (
              <strong>Resending an insert can create duplicate records if Zoho did run the first one.</strong>
            ) : null}
          </>
        )}{' '}
        {view.operation !== 'insert' ? (
          <strong>Resending is safe for {view.operation}: rows are matched on the find-by field.</strong>
        ) : null}
      </p>
      <ul className="mt-3 space-y-3">
        {waiting.map((chunk) => {
          const detail = view.chunkDetails.find((d) => d.index === chunk.index);
          const isReading = chunk.status === 'reading_back';
          return (
            <li key={chunk.index} className="rounded-md bg-white p-3 text-sm shadow-sm">
              <p className="font-medium text-slate-900">
                Batch {chunk.index + 1}: rows {chunk.firstRecord.toLocaleString()}–
                {chunk.lastRecord.toLocaleString()} ({chunk.rowCount.toLocaleString()} rows)
              </p>
              <p className="mt-1 text-slate-700">{detail?.createOutcome ?? 'No answer recorded.'}</p>
              {detail?.error ? <p className="mt-1 text-red-800">{detail.error}</p> : null}
              {isReading ? (
                <p className="mt-2 font-medium text-slate-900" role="status">
                  Checking which of these rows Zoho has… Nothing is sent until the check is done.
                </p>
              ) : (
                <div className="mt-2 flex flex-wrap gap-2">
                  {field ? (
                    <Button
                      size="sm"
                      onClick={() => control.mutate({ action: 'check_chunk', chunkIndex: chunk.index })}
                      disabled={control.isPending}
                    >
                      Check which rows Zoho has (batch {chunk.index + 1})
                    </Button>
                  ) : null}
                  {canResend ? (
                    <Button
                      size="sm"
                      variant={field ? 'secondary' : 'primary'}
                      onClick={() => control.mutate({ action: 'resend_chunk', chunkIndex: chunk.index })}
                      disabled={control.isPending}
                    >
                      Resend batch {chunk.index + 1}
                    </Button>
                  ) : null}
                  <Button
                    size="sm"
                    variant="secondary"
                    onClick={() => control.mutate({ action: 'mark_chunk_not_sent', chunkIndex: chunk.index })}
                    disabled={control.isPending}
                  >
                    Don't send (count its rows as not processed)
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {control.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {control.error.message}
        </p>
      ) : null}
    </section>
  );
}
