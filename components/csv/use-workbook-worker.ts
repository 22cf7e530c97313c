'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookSheet } from '@/lib/csv/xlsx/read-workbook';
import type { WorkbookRequest, WorkbookResponse } from './workbook-worker-messages';

export type WorkbookView = {
  status: 'reading' | 'ready' | 'converting' | 'failed';
  sheets: WorkbookSheet[];
  /** Sheet rows written so far while converting. */
  rows: number;
  chosenSheet: string | null;
  error: string | null;
};

const READING: WorkbookView = { status: 'reading', sheets: [], rows: 0, chosenSheet: null, error: null };

/** One worker per workbook: it lists the sheets, then turns the chosen one into a CSV file for the preview. */
export function useWorkbookWorker(file: File | null, onConverted: (csv: File) => void) {
  const [view, setView] = useState<WorkbookView>(READING);
  const workerRef = useRef<Worker | null>(null);
  const convertedRef = useRef(onConverted);
  convertedRef.current = onConverted;

  useEffect(() => {
    if (!file) return;
    setView(READING);
    const worker = new Worker(new URL('./workbook-worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<WorkbookResponse>) => {
      const message = event.data;
      if (message.type === 'sheets') setView((v) => ({ ...v, status: 'ready', sheets: message.sheets }));
      else if (message.type === 'progress') setView((v) => ({ ...v, rows: message.rows }));
      else if (message.type === 'failed')
        setView((v) => ({ ...v, status: 'failed', error: message.message }));
      else {
        setView((v) => ({ ...v, status: 'ready', rows: message.rows }));
        convertedRef.current(message.file);
      }
    };
    worker.onerror = (event) =>
      setView((v) => ({ ...v, status: 'failed', error: event.message || 'The workbook reader stopped.' }));
    const request: WorkbookRequest = { type: 'open', file };
    worker.postMessage(request);
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [file]);

  const convert = useCallback((sheet: WorkbookSheet, isRaw: boolean) => {
    setView((v) => ({ ...v, status: 'converting', rows: 0, chosenSheet: sheet.name, error: null }));
    const request: WorkbookRequest = { type: 'convert', sheetPath: sheet.path, sheetName: sheet.name, isRaw };
    workerRef.current?.postMessage(request);
  }, []);

  return { view, convert };
}
