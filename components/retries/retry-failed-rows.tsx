'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldsQuery } from '@/components/connect/queries';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { formatCount } from '@/components/ui/format';
import { apiFetch } from '@/lib/http/api-fetch';
import { retryKeys, retryRowsQuery } from './queries';
import { type RetryDraft, setFieldDefault, startDraft, toRetryBody } from './retry-draft';
import { RetryGrid } from './retry-grid';

/** "Retry failed rows": fix the rows not in the CRM in a grid and send them again as a retry import. */
export function RetryFailedRows({ importId, isFinished }: { importId: string; isFinished: boolean }) {
  const [isOpen, setIsOpen] = useState(false);
  const wasClosed = useRef(false);
  // Closing the editor gives focus back to the button that opened it.
  const reopen = useCallback((button: HTMLButtonElement | null) => {
    if (button && wasClosed.current) button.focus();
  }, []);
  if (!isOpen)
    return (
      <Button ref={reopen} variant="secondary" disabled={!isFinished} onClick={() => setIsOpen(true)}>
        Retry failed rows
      </Button>
    );
  return (
    <RetryEditor
      importId={importId}
      onClose={() => {
        wasClosed.current = true;
        setIsOpen(false);
      }}
    />
  );
}

function RetryEditor({ importId, onClose }: { importId: string; onClose: () => void }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const rows = useQuery(retryRowsQuery(importId));
  const heading = useRef<HTMLHeadingElement>(null);
  // The editor replaces the button that opened it: focus moves to its heading once the rows are in.
  useEffect(() => {
    if (!rows.isPending) heading.current?.focus();
  }, [rows.isPending]);
  const [draft, setDraft] = useState<RetryDraft>();
  const fields = useQuery({
    ...fieldsQuery(rows.data?.connectionId ?? '', rows.data?.module ?? ''),
    enabled: Boolean(rows.data?.connectionId),
  });
  const submit = useMutation({
    mutationFn: (body: ReturnType<typeof toRetryBody>) =>
      apiFetch<{ id: string }>(`/api/imports/${importId}/retry`, { method: 'POST', json: body }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: retryKeys.summary(importId) });
      router.push(`/imports/${id}`);
    },
  });
  if (rows.isPending) return <p className="text-sm text-slate-600">Loading the rows not in the CRM…</p>;
  if (rows.isError) return <Alert>{rows.error.message}</Alert>;
  const view = rows.data;
  const current = draft ?? startDraft(view.rows);
  const missingFields = [
    ...new Set(
      view.rows.flatMap((row) => (row.errorField && row.errorColumnIndex === null ? [row.errorField] : [])),
    ),
  ].filter((field) => !(field in view.fieldDefaults));
  const body = toRetryBody(current, view.rows, view.mappedFields);
  return (
    <section aria-label="Retry failed rows" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-slate-900">
          Retry failed rows
        </h2>
        <Button variant="ghost" size="sm" onClick={onClose}>
          Close
        </Button>
      </div>
      {view.rows.length === 0 ? (
        <p className="text-sm text-slate-600">Every row is in the CRM. Nothing to retry.</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            Fix the marked cells (or point a column at another field), untick rows you do not want to send,
            then retry. The retry starts from the values stored from the original file.
            {view.total > view.rows.length
              ? ` Showing the first ${formatCount(view.rows.length)} of ${formatCount(view.total)} rows; retry these, then the rest.`
              : ''}
          </p>
          {missingFields.map((field) => (
            <Field
              key={field}
              label={`Value for ${field} on every retried row`}
              hint="Zoho said this field was missing and no column of the file feeds it."
              value={current.fieldDefaults[field] ?? ''}
              onChange={(event) => setDraft(setFieldDefault(current, field, event.target.value))}
            />
          ))}
          <RetryGrid view={view} fields={fields.data?.fields} draft={current} onChange={setDraft} />
          {submit.isError ? <Alert>{submit.error.message}</Alert> : null}
          <Button
            disabled={body.records.length === 0 || submit.isPending}
            onClick={() => submit.mutate(body)}
          >
            {submit.isPending
              ? 'Starting the retry…'
              : `Retry ${formatCount(body.records.length)} ${body.records.length === 1 ? 'row' : 'rows'}`}
          </Button>
        </>
      )}
    </section>
  );
}
