import 'server-only';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileStorage } from '@/lib/storage/file-storage';

/** A stored object as a local file (zip reading needs random access), removed again by `dispose`. */
export async function copyToTempFile(storage: FileStorage, key: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'fieldmap-export-'));
  const file = path.join(dir, 'page.zip');
  await pipeline(storage.read(key), createWriteStream(file));
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
}
