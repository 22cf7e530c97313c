import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { IdSequence } from '../ids';
import type { RecordStore, SimRecord } from './record-store';

const FILE = 'records.json';

const snapshotSchema = z.object({
  records: z.record(z.string(), z.array(z.looseObject({ id: z.string() }))),
  picklists: z.record(z.string(), z.array(z.string())).default({}),
});

/**
 * Moves the records an earlier simulator saved as one JSON file into the database (ids kept), once;
 * the file is then renamed `records.json.imported`. False when there is no such file.
 */
export function importRecordsJson(dir: string, store: RecordStore, ids: IdSequence): boolean {
  const path = join(dir, FILE);
  if (!existsSync(path)) return false;
  const snapshot = snapshotSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  store.transaction(() => {
    for (const [module, records] of Object.entries(snapshot.records))
      for (const record of records) store.restore(module, record as SimRecord);
    for (const [field, values] of Object.entries(snapshot.picklists))
      for (const value of values) store.addPicklistValue(field, value);
  });
  for (const records of Object.values(snapshot.records))
    for (const record of records) ids.advancePast(record.id);
  renameSync(path, `${path}.imported`);
  return true;
}
