import { PassThrough } from 'node:stream';
import { ZipArchive } from 'archiver';

/** A zip of in-memory files (result and export files of the simulator). */
export async function writeZip(files: { name: string; content: string | Buffer }[]): Promise<Buffer> {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    archive.on('error', reject);
  });
  archive.pipe(output);
  for (const file of files) archive.append(file.content, { name: file.name });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}
