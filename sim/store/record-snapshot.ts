import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecordStore, SimRecord } from './record-store';

const FILE = 'records.json';

const snapshotSchema = z.object({
  records: z.record(z.string(), z.array(z.looseObject({ id: z.string() }))),
  picklists: z.record(z.string(), z.array(z.string())).default({}),
});

/** Loads records saved in `dir`; false when there is nothing saved yet (the caller seeds the demo org). */
export function loadSnapshot(dir: string, store: RecordStore): boolean {
  const path = join(dir, FILE);
  if (!existsSync(path)) return false;
  const snapshot = snapshotSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  store.load(snapshot.records as Record<string, SimRecord[]>, snapshot.picklists);
  return true;
}

/** Writes every record atomically (temp file, then rename), so a crash never leaves half a file. */
export function saveSnapshot(dir: string, store: RecordStore): void {
  mkdirSync(dir, { recursive: true });
  const records: Record<string, SimRecord[]> = {};
  for (const module of store.modulesWithRecords()) records[module] = store.list(module);
  const body = JSON.stringify({ records, picklists: Object.fromEntries(store.addedPicklistValues) });
  const path = join(dir, FILE);
  writeFileSync(`${path}.tmp`, body);
  renameSync(`${path}.tmp`, path);
}
