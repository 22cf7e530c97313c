import 'server-only';
import { eq } from 'drizzle-orm';
import { getModuleFields } from '@/lib/connections/get-metadata';
import type { Db } from '@/lib/db/client';
import { type Import, imports } from '@/lib/db/schema';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import { mappingStateSchema } from '../create/import-schemas';
import { type ColumnPlan, planColumns } from './plan-columns';

/**
 * An import's column plan, from its mapping snapshot and the datetime fields fixed when it was split: one answer
 * for the split, every chunk's create and the results. Before the split (no fixed list yet) the module's cached
 * fields decide, and `fixDatetimeFields` keeps that answer.
 */
export async function planForImport(db: Db, row: Import): Promise<ColumnPlan> {
  const settings = jobSettingsSchema.parse(row.settings);
  return planColumns(mappingStateSchema.parse(row.mapping), {
    layoutId: settings.layoutId,
    timeZone: settings.timeZone,
    datetimeFields: new Set(row.datetimeFields ?? (await readDatetimeFields(db, row))),
  });
}

/**
 * Fixes the file's datetime fields as it is split (again on a split that starts over: nothing was sent yet), so a
 * metadata refresh mid-run cannot change its requests.
 */
export async function fixDatetimeFields(db: Db, row: Import): Promise<Import> {
  const datetimeFields = await readDatetimeFields(db, row);
  await db.update(imports).set({ datetimeFields }).where(eq(imports.id, row.id));
  return { ...row, datetimeFields };
}

async function readDatetimeFields(db: Db, row: Import): Promise<string[]> {
  const { fields } = await getModuleFields({ db, connectionId: row.connectionId ?? '', module: row.module });
  return fields.filter((field) => field.dataType === 'datetime').map((field) => field.apiName);
}
