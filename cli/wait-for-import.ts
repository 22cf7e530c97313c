import { SingleBar } from 'cli-progress';
import type { ApiClient } from './api-client';
import { describeImport, type ImportView, isSettled } from './import-outcome';

const POLL_INTERVAL_MS = 2000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until the import finishes or needs an admin. On a terminal a progress bar; piped, one plain line per
 * change of status and every tenth of the way, so a log stays readable.
 */
export async function waitForImport(
  client: ApiClient,
  id: string,
  { isQuiet, isTty }: { isQuiet: boolean; isTty: boolean },
): Promise<ImportView> {
  const bar =
    !isQuiet && isTty
      ? new SingleBar({ format: '{status} [{bar}] {value}/{total} rows', hideCursor: true })
      : null;
  let lastLine = '';
  let lastTenth = -1;
  for (;;) {
    const view = await client.json<ImportView>(`/api/imports/${id}`);
    const total = view.rowsInFile ?? 0;
    if (bar) {
      if (!bar.isActive) bar.start(total, view.rowsDone, { status: view.status });
      bar.setTotal(total);
      bar.update(view.rowsDone, { status: view.status });
    } else if (!isQuiet) {
      const tenth = total > 0 ? Math.floor((view.rowsDone / total) * 10) : 0;
      const line = `${view.status} ${view.rowsDone}/${total || '?'} rows`;
      if (line !== lastLine && (tenth !== lastTenth || !lastLine.startsWith(view.status))) {
        process.stderr.write(`${line}\n`);
        lastLine = line;
        lastTenth = tenth;
      }
    }
    if (isSettled(view)) {
      bar?.stop();
      if (!isQuiet) process.stderr.write(`${describeImport(view)}\n`);
      return view;
    }
    await sleep(POLL_INTERVAL_MS);
  }
}
