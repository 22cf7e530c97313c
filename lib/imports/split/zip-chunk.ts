import 'server-only';
import { PassThrough } from 'node:stream';
import { ZipArchive } from 'archiver';

/** One chunk CSV as a zip, with native zlib at level 1 (measured: level 6 costs 2.5x the time for a 16% smaller zip). */
export async function zipChunk(csv: Uint8Array, fileName: string): Promise<Buffer> {
  const archive = new ZipArchive({ zlib: { level: 1 } });
  const output = new PassThrough();
  const parts: Buffer[] = [];
  output.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    archive.on('error', reject);
  });
  archive.pipe(output);
  archive.append(Buffer.from(csv.buffer, csv.byteOffset, csv.length), { name: fileName });
  await archive.finalize();
  await done;
  return Buffer.concat(parts);
}
