export type UnreadableFile = {
  code: 'empty' | 'spreadsheet' | 'binary' | 'disguised';
  /** What the file really is, e.g. "a web page (HTML)". */
  kind?: string;
  message: string;
};

const MAX_CONTROL_RATIO = 0.05;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}

function disguised(kind: string, fix: string): UnreadableFile {
  return {
    code: 'disguised',
    kind,
    message: `This file is ${kind}, not a CSV, although its name says .csv. ${fix}`,
  };
}

const SAVE_AS_CSV = 'Open it in Excel and use File → Save As → "CSV UTF-8", then drop the CSV here.';

/** A ZIP's first entry names what it holds: a workbook, an OpenDocument sheet, or plain archived files. */
function zipKind(head: string): UnreadableFile {
  if (/\[Content_Types\]\.xml|xl\//.test(head) && !/word\/|ppt\//.test(head))
    return {
      code: 'spreadsheet',
      kind: 'an Excel workbook (.xlsx)',
      message:
        'This file is an Excel workbook (.xlsx), not a CSV, although its name says .csv. Open it as a workbook to choose its sheet.',
    };
  if (head.includes('opendocument.spreadsheet'))
    return disguised(
      'an OpenDocument spreadsheet (.ods)',
      SAVE_AS_CSV.replace('Excel', 'LibreOffice or Excel'),
    );
  if (/word\/|ppt\/|opendocument\.(text|presentation)/.test(head))
    return disguised(
      'an Office document (Word or PowerPoint)',
      'Export the table as CSV, then drop the CSV here.',
    );
  return disguised('a ZIP archive', 'Extract it, then drop the CSV inside it here.');
}

/** What a text file that is not a table really is, from how it starts. */
function textKind(head: string): UnreadableFile | null {
  const start = head
    .replace(/^[\uFEFF\s]+/, '')
    .slice(0, 512)
    .toLowerCase();
  if (
    /^(<!doctype html|<html|<head|<body|<table|<meta|<div|<!--)/.test(start) ||
    /^<\?xml[^>]*>\s*<html/.test(start)
  )
    return disguised(
      'a web page (HTML)',
      'Use the tool’s "Export to CSV" instead of saving the page, or open the page in Excel and save it as "CSV UTF-8".',
    );
  if (start.startsWith('<?xml') && head.includes('progid="Excel.Sheet"'))
    return disguised('an Excel 2003 XML spreadsheet', SAVE_AS_CSV);
  if (start.startsWith('<?xml') || /^<[a-z][\w:-]*[\s>]/.test(start))
    return disguised(
      'XML data',
      'Export the data as CSV from the system it came from, then drop the CSV here.',
    );
  if (/^\{\s*["}]/.test(start) || /^\[\s*[{["\d\]]/.test(start))
    return disguised(
      'JSON data',
      'Convert it to CSV (or export CSV from the system it came from), then drop the CSV here.',
    );
  if (start.startsWith('{\\rtf'))
    return disguised('a Rich Text document', 'Export the table as CSV, then drop the CSV here.');
  return null;
}

/** Files that are not CSV text: say what they really are and what to do, instead of showing garbage. */
export function detectUnreadableFile(sample: Uint8Array, encoding: string): UnreadableFile | null {
  if (sample.length === 0)
    return { code: 'empty', message: 'The file is empty: there is nothing to import.' };
  const head = new TextDecoder('latin1').decode(sample.subarray(0, 4096));
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) return zipKind(head);
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0]))
    return {
      code: 'spreadsheet',
      kind: 'an Excel 97–2003 workbook (.xls)',
      message: `This is an Excel 97–2003 workbook. ${SAVE_AS_CSV}`,
    };
  if (startsWith(sample, [0x1f, 0x8b]))
    return disguised(
      'gzip-compressed',
      'Decompress it first (double-click it, or `gunzip` it), then drop the CSV inside.',
    );
  if (startsWith(sample, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return disguised(
      'a PDF document',
      'Export the data as CSV from the system that made the PDF, then drop the CSV here.',
    );
  if (encoding.startsWith('utf-16') || encoding.startsWith('utf-32')) return null;
  const text = textKind(head);
  if (text) return text;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      return {
        code: 'binary',
        message: 'This file contains binary data (NUL bytes); it is not a CSV text file.',
      };
    }
    if (isControlByte(byte)) control++;
  }
  if (control > sample.length * MAX_CONTROL_RATIO) {
    return { code: 'binary', message: 'This file is mostly control characters; it is not a CSV text file.' };
  }
  return null;
}
