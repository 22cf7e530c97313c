import { open } from 'node:fs/promises';
import { detectUnreadableFile } from '../lib/csv/detect-unreadable-file';
import { sniffEncoding } from '../lib/csv/sniff-encoding';
import { CliError, EXIT } from './exit-codes';

const SAMPLE_BYTES = 64 * 1024;

/** Refuses, before anything is sent, a file that is missing or plainly not CSV text (a workbook, a binary). */
export async function checkCsvFile(filePath: string): Promise<void> {
  const handle = await open(filePath, 'r').catch((error: NodeJS.ErrnoException) => {
    const why =
      error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a folder' : error.message;
    throw new CliError(EXIT.error, `Cannot read ${filePath}: ${why}.`);
  });
  try {
    const sample = new Uint8Array(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(sample, 0, SAMPLE_BYTES, 0);
    const bytes = sample.subarray(0, bytesRead);
    const unreadable = detectUnreadableFile(bytes, sniffEncoding(bytes).encoding);
    if (unreadable) throw new CliError(EXIT.error, `${filePath} is not a CSV: ${unreadable.message}`);
  } finally {
    await handle.close();
  }
}
