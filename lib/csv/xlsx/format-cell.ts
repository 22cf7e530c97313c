import SSF from 'ssf';
import type { RawCell } from './sheet-rows-sink';
import type { CellStyles } from './workbook-parts';

export type CellContext = {
  sharedStrings: string[];
  styles: CellStyles;
  isDate1904: boolean;
  /** Raw values: numbers unformatted, dates as ISO 8601, instead of the text Excel displays. */
  isRaw: boolean;
};

const pad = (value: number) => String(value).padStart(2, '0');

function isoDate(serial: number, isDate1904: boolean): string {
  const date = SSF.parse_date_code(serial, { date1904: isDate1904 });
  const day = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
  const time = `${pad(date.H)}:${pad(date.M)}:${pad(date.S)}`;
  if (serial < 1) return time;
  return Number.isInteger(serial) ? day : `${day}T${time}`;
}

function formatCode(style: number, styles: CellStyles): string | number {
  const id = styles.formatOfStyle[style] ?? 0;
  return styles.formats.get(id) ?? SSF.get_table()[id] ?? id;
}

/** A cell as text: what Excel displays (its number format applied), or its raw value. */
export function formatCell(cell: RawCell, context: CellContext): string {
  switch (cell.type) {
    case 's':
      return context.sharedStrings[Number(cell.value)] ?? '';
    case 'b':
      return cell.value === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'inlineStr':
    case 'e':
    case 'd':
      return cell.value;
    default: {
      if (cell.value === '') return '';
      const value = Number(cell.value);
      if (!Number.isFinite(value)) return cell.value;
      const code = formatCode(cell.style, context.styles);
      const isDate = typeof code === 'string' && SSF.is_date(code);
      if (context.isRaw) return isDate ? isoDate(value, context.isDate1904) : String(value);
      try {
        return SSF.format(code, value, { date1904: context.isDate1904 });
      } catch {
        return String(value);
      }
    }
  }
}
