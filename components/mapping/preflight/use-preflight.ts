'use client';
import { useEffect, useState } from 'react';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import type { PreflightInput } from '@/lib/mapping/create-preflight';
import type { PreflightDone, PreflightRequest, PreflightResponse } from './preflight-worker-messages';

/** Changes come in bursts (typing a default, dragging): wait this long after the last before reading the file. */
export const PREFLIGHT_DEBOUNCE_MS = 400;

export type PreflightRun =
  | { status: 'idle' }
  | { status: 'running'; rows: number; bytesRead: number; previous?: PreflightDone }
  | { status: 'done'; result: PreflightDone }
  | { status: 'cancelled'; previous?: PreflightDone }
  | { status: 'failed'; message: string };

const previousOf = (run: PreflightRun) =>
  run.status === 'done'
    ? run.result
    : run.status === 'running' || run.status === 'cancelled'
      ? run.previous
      : undefined;

/**
 * Runs the whole-file pre-flight in a worker whenever its input changes (debounced); a newer input or `cancel`
 * terminates the running worker. `input` null means nothing to check yet.
 */
export function usePreflight(
  file: File | null,
  parseOptions: CsvParseOptions | null,
  input: PreflightInput | null,
) {
  const [run, setRun] = useState<PreflightRun>({ status: 'idle' });
  const [worker, setWorker] = useState<Worker | null>(null);

  useEffect(() => {
    if (!input || !file || !parseOptions) return;
    let started: Worker | null = null;
    const timer = setTimeout(() => {
      started = new Worker(new URL('./preflight-worker.ts', import.meta.url), { type: 'module' });
      setWorker(started);
      setRun((current) => ({ status: 'running', rows: 0, bytesRead: 0, previous: previousOf(current) }));
      started.onmessage = (event: MessageEvent<PreflightResponse>) => {
        const message = event.data;
        if (message.type === 'progress')
          setRun((current) => ({
            status: 'running',
            rows: message.rows,
            bytesRead: message.bytesRead,
            previous: previousOf(current),
          }));
        else if (message.type === 'done') setRun({ status: 'done', result: message });
        else setRun({ status: 'failed', message: message.message });
        if (message.type !== 'progress') started?.terminate();
      };
      started.onerror = (event) =>
        setRun({ status: 'failed', message: event.message || 'The row check stopped unexpectedly.' });
      const request: PreflightRequest = { type: 'run', file, parseOptions, input };
      started.postMessage(request);
    }, PREFLIGHT_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      started?.terminate();
    };
  }, [file, parseOptions, input]);

  const cancel = () => {
    worker?.terminate();
    setRun((current) =>
      current.status === 'running' ? { status: 'cancelled', previous: current.previous } : current,
    );
  };
  return { run, cancel };
}
