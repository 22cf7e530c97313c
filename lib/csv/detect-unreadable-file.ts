export type UnreadableFile = {
  code: 'empty' | 'spreadsheet' | 'binary';
  message: string;
};

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const MAX_CONTROL_RATIO = 0.05;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
}

/** Files that are not text at all: say what they are instead of showing garbage. */
export function detectUnreadableFile(sample: Uint8Array, encoding: string): UnreadableFile | null {
  if (sample.length === 0)
    return { code: 'empty', message: 'The file is empty: there is nothing to import.' };
  if (startsWith(sample, ZIP_SIGNATURE) || startsWith(sample, OLE_SIGNATURE)) {
    return {
      code: 'spreadsheet',
      message:
        'This looks like an Excel workbook, not a CSV. Open it in Excel and use File → Save As → "CSV UTF-8", then drop the CSV here.',
    };
  }
  if (encoding.startsWith('utf-16')) return null;
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
