import { z } from 'zod';
import { readWorkbook, type Workbook } from '@/lib/csv/xlsx/read-workbook';
import { sheetToCsv } from '@/lib/csv/xlsx/sheet-to-csv';
import type { WorkbookResponse } from './workbook-worker-messages';

// Browser-only module worker: reads an .xlsx as it streams and hands back one sheet as a UTF-8 CSV file.
const FIRST_ROWS = 6;

const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), file: z.instanceof(File) }),
  z.object({ type: z.literal('convert'), sheetPath: z.string(), sheetName: z.string(), isRaw: z.boolean() }),
]);

let opened: { file: File; workbook: Workbook } | null = null;

function post(message: WorkbookResponse): void {
  self.postMessage(message);
}

function csvName(workbookName: string, sheetName: string): string {
  const base = workbookName.replace(/\.(xlsx|xlsm|csv)$/i, '');
  return `${base} - ${sheetName.replace(/[\\/:*?"<>|]/g, '_')}.csv`;
}

async function open(file: File): Promise<void> {
  const workbook = await readWorkbook(file, FIRST_ROWS);
  opened = { file, workbook };
  post({ type: 'sheets', sheets: workbook.sheets });
}

async function convert(sheetPath: string, sheetName: string, isRaw: boolean): Promise<void> {
  if (!opened) throw new Error('Open the workbook first.');
  // Parts become Blobs as they are made, so the browser can keep a big sheet's CSV out of this worker's memory.
  const parts: Blob[] = [];
  const { rows } = await sheetToCsv(opened.file, opened.workbook, sheetPath, {
    isRaw,
    onPart: (text) => parts.push(new Blob([text])),
    onProgress: (progress) => post({ type: 'progress', rows: progress.rows }),
  });
  const file = new File(parts, csvName(opened.file.name, sheetName), { type: 'text/csv' });
  post({ type: 'converted', file, rows });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = requestSchema.safeParse(event.data);
  if (!request.success) return;
  const work =
    request.data.type === 'open'
      ? open(request.data.file)
      : convert(request.data.sheetPath, request.data.sheetName, request.data.isRaw);
  work.catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    post({
      type: 'failed',
      message: `This workbook could not be read (${detail}). Open it in Excel and use File → Save As → "Excel Workbook (.xlsx)" or "CSV UTF-8", then drop that file here.`,
    });
  });
});
