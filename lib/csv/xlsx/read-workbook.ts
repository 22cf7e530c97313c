import { type CellContext, formatCell } from './format-cell';
import { type RawCell, sheetRowsSink } from './sheet-rows-sink';
import { walkZip } from './walk-zip';
import {
  type CellStyles,
  relationsSink,
  type SheetRef,
  sharedStringsSink,
  stylesSink,
  workbookSink,
} from './workbook-parts';

export type WorkbookSheet = {
  name: string;
  /** Path of its XML part inside the zip. */
  path: string;
  isHidden: boolean;
  /** The first rows as Excel displays them, with their sheet row numbers. */
  firstRows: { row: number; cells: string[] }[];
};

export type Workbook = {
  sheets: WorkbookSheet[];
  context: Omit<CellContext, 'isRaw'>;
};

/** Cells in place by column: gaps become empty cells, trailing empties go. */
export function rowValues(cells: RawCell[], context: CellContext): string[] {
  const values: string[] = [];
  for (const cell of cells) {
    if (cell.column < 0 || cell.column > 16_383) continue;
    const value = formatCell(cell, context);
    if (value === '') continue;
    while (values.length < cell.column) values.push('');
    values[cell.column] = value;
  }
  return values;
}

/**
 * One streamed pass over an .xlsx: its sheets, the shared strings and styles every sheet needs, and the first
 * rows of each sheet for the picker. Sheet XML is inflated only as far as those first rows.
 */
export async function readWorkbook(blob: Blob, firstRowCount: number): Promise<Workbook> {
  const book = { sheets: [] as SheetRef[], isDate1904: false };
  const relations = new Map<string, string>();
  const styles: CellStyles = { formatOfStyle: [], formats: new Map() };
  const sharedStrings: string[] = [];
  const firstCells = new Map<string, { row: number; cells: RawCell[] }[]>();
  await walkZip(blob, (name) => {
    if (name === 'xl/workbook.xml') return workbookSink(book);
    if (name === 'xl/_rels/workbook.xml.rels') return relationsSink(relations);
    if (name === 'xl/styles.xml') return stylesSink(styles);
    if (name === 'xl/sharedStrings.xml') return sharedStringsSink(sharedStrings);
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return null;
    const rows: { row: number; cells: RawCell[] }[] = [];
    firstCells.set(name, rows);
    return sheetRowsSink((row, cells) => {
      rows.push({ row, cells });
      return rows.length < firstRowCount;
    });
  });
  if (book.sheets.length === 0) throw new Error('This workbook has no sheets (xl/workbook.xml is missing).');
  const context = { sharedStrings, styles, isDate1904: book.isDate1904 };
  const sheets = book.sheets.flatMap((sheet) => {
    const path = relations.get(sheet.relationId);
    const rows = path ? firstCells.get(path) : undefined;
    if (!path || !rows) return [];
    const firstRows = rows.map(({ row, cells }) => ({
      row,
      cells: rowValues(cells, { ...context, isRaw: false }),
    }));
    return [{ name: sheet.name, path, isHidden: sheet.isHidden, firstRows }];
  });
  return { sheets, context };
}
