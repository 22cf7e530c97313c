import 'server-only';
import { PassThrough } from 'node:stream';
import { ZipArchive } from 'archiver';

/** A parent-child chunk's CSVs in one zip (one upload, one file_id for every resource of the job). */
export async function zipFamily(files: { name: string; csv: Uint8Array }[]): Promise<Buffer> {
  const archive = new ZipArchive({ zlib: { level: 1 } });
  const output = new PassThrough();
  const parts: Buffer[] = [];
  output.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    archive.on('error', reject);
  });
  archive.pipe(output);
  for (const file of files)
    archive.append(Buffer.from(file.csv.buffer, file.csv.byteOffset, file.csv.length), { name: file.name });
  await archive.finalize();
  await done;
  return Buffer.concat(parts);
}
