import 'server-only';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';

export type SourceFile = { name: string; sizeBytes: number; open: () => Readable };

/** Where a schedule finds its files; a folder today, an object-storage prefix can implement the same. */
export type ScheduleSource = { describe: string; list: () => Promise<SourceFile[]> };

/** A folder an admin named, kept inside SCHEDULE_FOLDERS_ROOT whatever they typed (no `..`, no other root). */
export function resolveScheduleFolder(folder: string, root = env().scheduleFoldersRoot): string {
  const resolved = path.resolve(root, folder);
  if (resolved !== root && !resolved.startsWith(`${root}${path.sep}`))
    throw new AppError('validation', `Schedules read folders inside ${root} only. Name a folder there.`, {
      fields: [{ path: ['folder'], message: `Must be inside ${root}` }],
    });
  return resolved;
}

/** The .csv files directly in the folder, oldest name first, so a nightly series goes in in order. */
export function folderSource(folder: string): ScheduleSource {
  const dir = resolveScheduleFolder(folder);
  return {
    describe: dir,
    async list() {
      const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT')
          throw new AppError('not_found', `The folder ${dir} does not exist on the server.`);
        throw error;
      });
      const files = entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv'));
      const sorted = files.map((entry) => entry.name).sort((a, b) => a.localeCompare(b));
      return Promise.all(
        sorted.map(async (name) => {
          const full = path.join(dir, name);
          return { name, sizeBytes: (await stat(full)).size, open: () => createReadStream(full) };
        }),
      );
    },
  };
}
