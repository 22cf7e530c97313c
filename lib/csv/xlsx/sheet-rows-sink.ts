import type { EntrySink } from './walk-zip';
import { xmlSink } from './xml-sink';

/** A cell as stored: its type (`s` shared string, `n` number, `b`, `e`, `str`, `inlineStr`, `d`) and style. */
export type RawCell = { column: number; type: string; value: string; style: number };

/** "C12" → 2 (0-based column). */
export function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/**
 * Streams a worksheet's rows (1-based sheet row numbers, cells in order) as its XML inflates; formulas are left
 * out (the cached value in `<v>` is what Excel shows). `onRow` returning false stops the entry.
 */
export function sheetRowsSink(onRow: (row: number, cells: RawCell[]) => boolean | undefined): EntrySink {
  let row = 0;
  let cells: RawCell[] = [];
  let cell: RawCell | null = null;
  let nextColumn = 0;
  let isInValue = false;
  let isInInlineText = false;
  let isInPhonetic = false;
  let isStopped = false;
  return xmlSink(
    {
      open(name, attributes) {
        if (name === 'row') {
          row = attributes.r ? Number(attributes.r) : row + 1;
          cells = [];
          nextColumn = 0;
        } else if (name === 'c') {
          const column = attributes.r ? columnOf(attributes.r) : nextColumn;
          cell = { column, type: attributes.t ?? 'n', value: '', style: Number(attributes.s ?? 0) };
        } else if (name === 'v') isInValue = true;
        else if (name === 't') isInInlineText = cell !== null;
        else if (name === 'rPh') isInPhonetic = true;
      },
      close(name) {
        if (name === 'v') isInValue = false;
        else if (name === 't') isInInlineText = false;
        else if (name === 'rPh') isInPhonetic = false;
        else if (name === 'c' && cell) {
          cells.push(cell);
          nextColumn = cell.column + 1;
          cell = null;
        } else if (name === 'row' && !isStopped) isStopped = onRow(row, cells) === false;
      },
      text(text) {
        if (!cell) return;
        if (isInValue || (isInInlineText && !isInPhonetic)) cell.value += text;
      },
    },
    () => isStopped,
  );
}
