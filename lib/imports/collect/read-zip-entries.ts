import 'server-only';
import yauzl from 'yauzl';
import { isUnsafeZipPath, UnsafeZipError } from '@/lib/zip/zip-safety';

export type ZipLimits = { maxEntries: number; maxEntryBytes: number; maxTotalBytes: number };

export const RESULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/**
 * The files in a zip from Zoho, inflated with caps on entries and bytes (a zip bomb stops at the cap, whatever
 * the headers claim), refusing absolute and `..` paths.
 */
export function readZipEntries(
  zipBytes: Buffer,
  limits: ZipLimits = RESULT_ZIP_LIMITS,
): Promise<{ name: string; content: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zipBytes, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return reject(new UnsafeZipError(`Not a readable zip (${openError?.message})`));
      const entries: { name: string; content: Buffer }[] = [];
      let total = 0;
      const fail = (error: Error) => {
        zip.close();
        reject(error);
      };
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        if (name.endsWith('/')) return zip.readEntry();
        if (entries.length >= limits.maxEntries)
          return fail(new UnsafeZipError('The zip holds too many files'));
        if (isUnsafeZipPath(name)) return fail(new UnsafeZipError(`The zip holds an unsafe path: ${name}`));
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(streamError ?? new UnsafeZipError('Unreadable zip entry'));
          const parts: Buffer[] = [];
          let size = 0;
          stream.on('data', (part: Buffer) => {
            size += part.length;
            total += part.length;
            if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) {
              stream.destroy();
              fail(new UnsafeZipError('The zip inflates to more than Fieldmap accepts'));
              return;
            }
            parts.push(part);
          });
          stream.on('error', fail);
          stream.on('end', () => {
            entries.push({ name, content: Buffer.concat(parts) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}
