import type { WorkbookSheet } from '@/lib/csv/xlsx/read-workbook';

export type WorkbookRequest =
  | { type: 'open'; file: File }
  | { type: 'convert'; sheetPath: string; sheetName: string; isRaw: boolean };

export type WorkbookResponse =
  | { type: 'sheets'; sheets: WorkbookSheet[] }
  | { type: 'progress'; rows: number }
  | { type: 'converted'; file: File; rows: number }
  | { type: 'failed'; message: string };
