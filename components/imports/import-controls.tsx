'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/http/api-fetch';
import type { ImportAdminView } from '@/lib/imports/views/import-admin-view';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import { importKeys } from './queries';

export type ControlAction =
  | 'pause'
  | 'resume'
  | 'cancel'
  | 'check_chunk'
  | 'resend_chunk'
  | 'mark_chunk_not_sent';

export function useImportControl(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { action: ControlAction; chunkIndex?: number }) =>
      apiFetch(`/api/imports/${id}/control`, { method: 'POST', json: body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importKeys.one(id) }),
  });
}

/** Pause, resume and cancel; cancel says plainly what happens to chunks Zoho is already running. */
export function ImportControls({ view }: { view: ImportAdminView }) {
  const control = useImportControl(view.id);
  if (isFinishedStatus(view.status)) return null;
  const isPaused = view.status === 'paused' || view.isPauseRequested;
  const onCancel = () => {
    if (
      window.confirm(
        'Cancel this import? Chunks not yet sent stop now; chunks Zoho is already running finish there and are reported here.',
      )
    )
      control.mutate({ action: 'cancel' });
  };
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {isPaused ? (
          <Button size="sm" onClick={() => control.mutate({ action: 'resume' })} disabled={control.isPending}>
            Resume
          </Button>
        ) : (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => control.mutate({ action: 'pause' })}
            disabled={control.isPending || view.status === 'cancelling'}
          >
            Pause
          </Button>
        )}
        <Button
          size="sm"
          variant="danger"
          onClick={onCancel}
          disabled={control.isPending || view.status === 'cancelling'}
        >
          Cancel import
        </Button>
      </div>
      {control.isError ? <Alert>{control.error.message}</Alert> : null}
    </div>
  );
}
