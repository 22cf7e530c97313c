import 'server-only';
import { getModuleFields } from '@/lib/connections/get-metadata';
import type { CrmDataType } from '@/lib/crm/crm-field';
import type { Db } from '@/lib/db/client';
import type { Import } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import { planForImport } from '../split/plan-for-import';

/** The field a chunk's rows are looked up by in Zoho, and where its value sits in the chunk CSV. */
export type ReadBackKey = { apiName: string; label: string; position: number };

// Fields whose values Zoho compares as text (case aside), so a CSV value finds its record as written.
const TEXT_KEY_TYPES = new Set<CrmDataType>(['text', 'email', 'phone', 'website', 'autonumber']);

/**
 * How to tell which of an import's rows are in the CRM: an insert by the first mapped unique field (Zoho refuses
 * a second record with that value, so the value names one record), an upsert by its find-by field. An update
 * finds only records that existed before, so reading them back tells nothing: resending it is safe instead.
 */
export async function readBackKey(db: Db, row: Import): Promise<ReadBackKey> {
  if (row.familyParentId !== null || row.keyColumn !== null)
    throw new AppError(
      'conflict',
      'Fieldmap cannot yet check the rows of a parent-child import in Zoho: look them up in Zoho CRM before deciding.',
    );
  const settings = jobSettingsSchema.parse(row.settings);
  if (settings.operation === 'update')
    throw new AppError(
      'conflict',
      'An update only changes records that already exist, so reading them back cannot tell whether it ran. Resending an update is safe: Zoho finds each record again by its find-by field.',
    );
  const plan = await planForImport(db, row);
  const { fields } = await getModuleFields({ db, connectionId: row.connectionId ?? '', module: row.module });
  const candidates = plan.columns.flatMap((column, position) => {
    const field = fields.find((f) => f.apiName === column.apiName);
    const isKey =
      settings.operation === 'upsert'
        ? column.apiName === settings.findBy
        : Boolean(field?.isUnique) || column.apiName === 'id';
    const isComparable =
      column.apiName === 'id' || (field !== undefined && TEXT_KEY_TYPES.has(field.dataType));
    return isKey && isComparable
      ? [{ apiName: column.apiName, label: field?.label ?? column.apiName, position }]
      : [];
  });
  const [key] = candidates;
  if (!key)
    throw new AppError(
      'conflict',
      settings.operation === 'upsert'
        ? `Fieldmap can only look rows up by a text field or the record id, and this upsert finds records by ${settings.findBy}. Look the rows up in Zoho CRM before deciding.`
        : 'This insert maps no unique text field (such as an email), so Fieldmap cannot tell which of its rows Zoho holds. Look them up in Zoho CRM before deciding.',
    );
  return key;
}
