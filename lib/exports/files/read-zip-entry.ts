import 'server-only';
import { type Readable, Transform } from 'node:stream';
import yauzl from 'yauzl';
import { isUnsafeZipPath, UnsafeZipError } from '@/lib/zip/zip-safety';

export type ZipCaps = { maxEntries: number; maxBytes: number };

/** Zoho's result zips hold one file; a few entries of slack, and never more than 2 GiB inflated. */
export const ZOHO_RESULT_CAPS: ZipCaps = { maxEntries: 8, maxBytes: 2 * 1024 ** 3 };

/**
 * The inflated content of the zip's first file whose name ends with `extension`, streamed. Entry names with `..`
 * or absolute paths are refused, as are archives past `caps` (entries, or bytes actually inflated).
 */
export function readZipEntry(
  file: string,
  extension: string,
  caps: ZipCaps = ZOHO_RESULT_CAPS,
): Promise<Readable> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new UnsafeZipError('Not a zip file'));
      let entries = 0;
      const fail = (error: Error) => {
        zip.close();
        reject(error);
      };
      zip.on('error', fail);
      zip.on('end', () => reject(new UnsafeZipError(`The zip holds no ${extension} file`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > caps.maxEntries)
          return fail(new UnsafeZipError(`The zip holds more than ${caps.maxEntries} entries`));
        if (isUnsafeZipPath(entry.fileName))
          return fail(new UnsafeZipError(`Refused the zip entry ${entry.fileName}`));
        if (entry.fileName.endsWith('/') || !entry.fileName.toLowerCase().endsWith(extension))
          return zip.readEntry();
        if (entry.uncompressedSize > caps.maxBytes)
          return fail(new UnsafeZipError('The zip entry is too large'));
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(streamError ?? new UnsafeZipError('Unreadable zip entry'));
          let inflated = 0;
          const cap = new Transform({
            transform(chunk: Buffer, _encoding, callback) {
              inflated += chunk.length;
              if (inflated > caps.maxBytes)
                callback(new UnsafeZipError('The zip entry inflates past its cap'));
              else callback(null, chunk);
            },
          });
          stream.on('error', (error) => cap.destroy(error));
          resolve(stream.pipe(cap));
        });
      });
      zip.readEntry();
    });
  });
}
