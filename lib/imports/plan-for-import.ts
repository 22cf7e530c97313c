import 'server-only';
import { getModuleFields } from '@/lib/connections/get-metadata';
import type { Db } from '@/lib/db/client';
import type { Import } from '@/lib/db/schema';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import { mappingStateSchema } from './import-schemas';
import { type ColumnPlan, planColumns } from './plan-columns';

/** An import's column plan, from its snapshot and the module's (cached) fields: one answer for split and create. */
export async function planForImport(db: Db, row: Import): Promise<ColumnPlan> {
  const settings = jobSettingsSchema.parse(row.settings);
  const { fields } = await getModuleFields({ db, connectionId: row.connectionId ?? '', module: row.module });
  return planColumns(mappingStateSchema.parse(row.mapping), {
    layoutId: settings.layoutId,
    timeZone: settings.timeZone,
    datetimeFields: new Set(
      fields.filter((field) => field.dataType === 'datetime').map((field) => field.apiName),
    ),
  });
}
