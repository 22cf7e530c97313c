import 'server-only';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat, statfs, truncate } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import type { FileStorage } from './file-storage';

/** Files under DATA_DIR/files, written as streams with constant memory. */
export function localFileStorage(root = path.join(env().dataDir, 'files')): FileStorage {
  const resolve = (key: string) => {
    if (!/^[\w-]+(\/[\w.-]+)*$/.test(key)) throw new Error(`Bad storage key ${key}`);
    return path.join(root, key);
  };
  return {
    async append(key, data, maxBytes) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      const source = data instanceof Readable ? data : Readable.fromWeb(data as NodeWebStream<Uint8Array>);
      let written = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          written += chunk.length;
          if (written > maxBytes)
            callback(new AppError('payload_too_large', `This part is larger than ${maxBytes} bytes.`));
          else callback(null, chunk);
        },
      });
      await pipeline(source, limit, createWriteStream(file, { flags: 'a' }));
      return written;
    },
    async truncate(key, size) {
      const current = (await stat(resolve(key)).catch(() => undefined))?.size ?? 0;
      if (current > size) await truncate(resolve(key), size);
    },
    read: (key) => createReadStream(resolve(key)),
    size: async (key) => (await stat(resolve(key)).catch(() => ({ size: 0 }))).size,
    remove: (key) => rm(resolve(key), { force: true }),
    async freeBytes() {
      await mkdir(root, { recursive: true });
      const stats = await statfs(root);
      return stats.bavail * stats.bsize;
    },
  };
}
