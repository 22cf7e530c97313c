'use client';
import { useEffect, useState } from 'react';
import type { OrphanReport } from '@/lib/mapping/find-orphans';
import type { OrphansFile, OrphansRequest, OrphansResponse } from './child-orphans-messages';

export type OrphansRun =
  | { status: 'idle' }
  | { status: 'running'; bytesRead: number; totalBytes: number }
  | { status: 'done'; report: OrphanReport }
  | { status: 'failed'; message: string };

/** Reads the parent file's keys and the child file's in a worker; a change of either file or key column starts over. */
export function useChildOrphans(parent: OrphansFile, child: OrphansFile | null): OrphansRun {
  const [run, setRun] = useState<OrphansRun>({ status: 'idle' });
  const { file: parentFile, parseOptions: parentOptions, keyColumn: parentKey } = parent;
  const childFile = child?.file;
  const childOptions = child?.parseOptions;
  const childKey = child?.keyColumn;

  useEffect(() => {
    if (!childFile || !childOptions || childKey === undefined) {
      setRun({ status: 'idle' });
      return;
    }
    const totalBytes = parentFile.size + childFile.size;
    const worker = new Worker(new URL('./child-orphans-worker.ts', import.meta.url), { type: 'module' });
    setRun({ status: 'running', bytesRead: 0, totalBytes });
    worker.onmessage = (event: MessageEvent<OrphansResponse>) => {
      const message = event.data;
      if (message.type === 'progress')
        setRun({ status: 'running', bytesRead: message.bytesRead, totalBytes });
      else if (message.type === 'done') setRun({ status: 'done', report: message.report });
      else setRun({ status: 'failed', message: message.message });
      if (message.type !== 'progress') worker.terminate();
    };
    worker.onerror = (event) =>
      setRun({ status: 'failed', message: event.message || 'The parent check stopped unexpectedly.' });
    const request: OrphansRequest = {
      type: 'run',
      parent: { file: parentFile, parseOptions: parentOptions, keyColumn: parentKey },
      child: { file: childFile, parseOptions: childOptions, keyColumn: childKey },
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [parentFile, parentOptions, parentKey, childFile, childOptions, childKey]);

  return run;
}
