'use client';
import { type Dispatch, useEffect, useRef } from 'react';
import type { WorkerRequest, WorkerResponse } from './csv-worker-messages';
import type { WizardAction, WizardState } from './import-wizard-reducer';

/** One worker per parse run: a new file or a changed option ends the old worker and starts a fresh one. */
export function useCsvScanWorker(
  state: WizardState,
  dispatch: Dispatch<WizardAction>,
): { cancel: () => void } {
  const workerRef = useRef<Worker | null>(null);
  const { file, runId, overrides } = state;

  useEffect(() => {
    if (!file) return;
    const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<WorkerResponse>) =>
      dispatch({ type: 'worker', runId, message: event.data });
    worker.onerror = (event) =>
      dispatch({
        type: 'worker',
        runId,
        message: {
          type: 'failed',
          code: 'read_error',
          message: event.message || 'The CSV reader stopped unexpectedly.',
        },
      });
    const request: WorkerRequest = { type: 'scan', file, overrides };
    worker.postMessage(request);
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [file, runId, overrides, dispatch]);

  return {
    cancel: () => {
      const request: WorkerRequest = { type: 'cancel' };
      workerRef.current?.postMessage(request);
      dispatch({ type: 'cancelRequested' });
    },
  };
}
