import 'server-only';
import type { ScannedRecord } from '../../csv/scan-csv-records';

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Grows as records are appended; one per output chunk. */
export class ByteWriter {
  private buffer = new Uint8Array(1 << 20);
  length = 0;

  write(bytes: Uint8Array, start = 0, end = bytes.length): void {
    this.ensure(end - start);
    this.buffer.set(bytes.subarray(start, end), this.length);
    this.length += end - start;
  }

  byte(value: number): void {
    this.ensure(1);
    this.buffer[this.length] = value;
    this.length += 1;
  }

  take(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

function needsQuotes(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const byte = bytes[i];
    if (byte === COMMA || byte === QUOTE || byte === CR || byte === LF) return true;
  }
  return false;
}

/** Writes one field as RFC 4180 with commas and double quotes, quoting only where the value needs it. */
function writeField(out: ByteWriter, record: ScannedRecord, field: number, sourceQuote: number): void {
  const start = record.starts[field];
  const end = record.ends[field];
  if (start === undefined || end === undefined) return;
  const bytes = record.bytes;
  if (record.quoted[field]) {
    if (sourceQuote === QUOTE) {
      out.write(bytes, start, end);
      return;
    }
    // Another quote character: unescape its doubling, then quote with " and double any ".
    out.byte(QUOTE);
    for (let i = start + 1; i < end - 1; i += 1) {
      const byte = bytes[i] as number;
      if (byte === sourceQuote && bytes[i + 1] === sourceQuote) i += 1;
      if (byte === QUOTE) out.byte(QUOTE);
      out.byte(byte);
    }
    out.byte(QUOTE);
    return;
  }
  if (!needsQuotes(bytes, start, end)) {
    out.write(bytes, start, end);
    return;
  }
  out.byte(QUOTE);
  for (let i = start; i < end; i += 1) {
    const byte = bytes[i] as number;
    if (byte === QUOTE) out.byte(QUOTE);
    out.byte(byte);
  }
  out.byte(QUOTE);
}

/** Rewrites some output columns' values (picklist value maps, a retry's edited cells); undefined keeps the bytes. */
export type ValueRewrite = (position: number, value: string) => string | undefined;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** One field's text, unquoted. */
export function decodeField(record: ScannedRecord, field: number, sourceQuote: number): string {
  const start = record.starts[field];
  const end = record.ends[field];
  if (start === undefined || end === undefined) return '';
  if (!record.quoted[field]) return decoder.decode(record.bytes.subarray(start, end));
  const quote = String.fromCharCode(sourceQuote);
  return decoder.decode(record.bytes.subarray(start + 1, end - 1)).replaceAll(quote + quote, quote);
}

function writeText(out: ByteWriter, value: string): void {
  const needs = /[",\r\n]/.test(value);
  out.write(encoder.encode(needs ? `"${value.replaceAll('"', '""')}"` : value));
}

/**
 * Appends the chosen source columns of one record, in order, as one output line. Columns in `rewritten` are
 * decoded and passed through `rewrite`; every other byte is copied as is.
 */
export function projectRecord(
  out: ByteWriter,
  record: ScannedRecord,
  columns: number[],
  sourceQuote: number,
  rewrite?: { positions: ReadonlySet<number>; value: ValueRewrite },
): void {
  for (let position = 0; position < columns.length; position += 1) {
    if (position > 0) out.byte(COMMA);
    const column = columns[position] as number;
    if (rewrite?.positions.has(position)) {
      const original = decodeField(record, column, sourceQuote);
      const replaced = rewrite.value(position, original);
      if (replaced !== undefined) {
        writeText(out, replaced);
        continue;
      }
    }
    writeField(out, record, column, sourceQuote);
  }
  out.byte(LF);
}

export function isBlankRecord(record: ScannedRecord): boolean {
  return record.starts.length === 1 && record.ends[0] === record.starts[0];
}
