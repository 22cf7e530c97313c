import type { CellContext } from './format-cell';
import { rowValues, type Workbook } from './read-workbook';
import { sheetRowsSink } from './sheet-rows-sink';
import { walkZip } from './walk-zip';

const PART_CHARS = 1 << 20;
/** The table's width is taken from its first rows (a title above the header is narrower). */
const WIDTH_ROWS = 50;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export type SheetProgress = { rows: number; bytesRead: number };

/**
 * Streams one sheet out as UTF-8 CSV text parts, one record per sheet row (empty rows as blank lines), so CSV
 * record N is sheet row N and every later step names the sheet's row. Rows are padded to the width of the widest of the first rows.
 */
export async function sheetToCsv(
  blob: Blob,
  workbook: Workbook,
  sheetPath: string,
  options: { isRaw: boolean; onPart: (text: string) => void; onProgress?: (progress: SheetProgress) => void },
): Promise<{ rows: number }> {
  const context: CellContext = { ...workbook.context, isRaw: options.isRaw };
  let text = '';
  let lastRow = 0;
  let width = 0;
  let rows = 0;
  const sink = sheetRowsSink((row, cells) => {
    if (row <= lastRow) return true;
    text += '\n'.repeat(row - lastRow - 1);
    lastRow = row;
    const values = rowValues(cells, context);
    if (row <= WIDTH_ROWS) width = Math.max(width, values.length);
    while (values.length < width) values.push('');
    text += `${values.length > 0 && values.some(Boolean) ? values.map(csvField).join(',') : ''}\n`;
    rows = row;
    if (text.length >= PART_CHARS) {
      options.onPart(text);
      options.onProgress?.({ rows, bytesRead: 0 });
      text = '';
    }
    return true;
  });
  let isSheetDone = false;
  await walkZip(
    blob,
    (name) =>
      name === sheetPath
        ? (chunk, isLast) => {
            sink(chunk, isLast);
            if (isLast) isSheetDone = true;
            return true;
          }
        : null,
    () => isSheetDone,
  );
  if (text) options.onPart(text);
  return { rows };
}
