import 'server-only';
import { and, inArray, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { createImport } from '@/lib/imports/create/create-import';
import { mappingStateSchema } from '@/lib/imports/create/import-schemas';
import { loadFamilyChildren } from '@/lib/imports/split/plan-family';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import { findRetryRoot } from './find-retry-root';
import { getRetrySummary } from './get-retry-summary';
import { latestOutcomes, NOT_IN_CRM } from './latest-outcomes';
import { remapColumns } from './remap-columns';
import type { createRetryBodySchema } from './retry-schemas';

/**
 * A retry import of some of the rows not in the CRM: the original file's stored values (with the admin's
 * fixes), the original settings and mapping (plus any field defaults added now), linked to the first import.
 * Rows the CRM already holds are left out (and counted in `alreadyInCrm`); if that leaves none, nothing is sent.
 */
export async function createRetry(options: {
  db: Db;
  boss: PgBoss;
  admin: { adminId: string };
  importId: string;
  body: z.output<typeof createRetryBodySchema>;
  canReceiveCallbacks: (isSandbox: boolean) => boolean;
}): Promise<{ id: string; alreadyInCrm: number }> {
  const { body } = options;
  // One retry at a time per import: the root row stays locked from the check to the insert, so two clicks at
  // once cannot both pass "nothing is running".
  return options.db.transaction(async (db) => {
    const root = await findRetryRoot(db, options.importId);
    await db.execute(sql`select id from imports where id = ${root.id} for update`);
    if (root.familyParentId || (await loadFamilyChildren(db, root.id)).length > 0)
      throw new AppError(
        'conflict',
        'Retrying rows of a parent-child import is not supported yet: download the rows not in the CRM and import them again.',
      );
    if (!root.uploadId)
      throw new AppError(
        'conflict',
        'The original file of this import is no longer kept, so its rows cannot be sent again.',
      );
    const summary = await getRetrySummary(db, root.id);
    const running = summary.retries.find((retry) => !isFinishedStatus(retry.status));
    if (running)
      throw new AppError(
        'conflict',
        `“${running.name}” is still running. Wait for it to finish, then retry again.`,
      );
    // Decided here, under the lock, from each row's latest outcome: a stale page, a second tab or a repeated
    // request can never send a row the CRM already holds.
    const latest = latestOutcomes(db, root.id);
    const requested = [...new Set(body.records)];
    const notInCrm = new Set(
      (
        await db
          .select({ recordNumber: latest.recordNumber })
          .from(latest)
          .where(and(inArray(latest.recordNumber, requested), inArray(latest.outcome, [...NOT_IN_CRM])))
      ).map((row) => row.recordNumber),
    );
    const records = requested.filter((record) => notInCrm.has(record)).sort((a, b) => a - b);
    const alreadyInCrm = requested.length - records.length;
    if (records.length === 0)
      throw new AppError(
        'conflict',
        requested.length === 1
          ? 'Nothing was sent: that row is already in the CRM (an earlier retry sent it). Reload the page to see the rows still missing.'
          : `Nothing was sent: all ${requested.length} rows are already in the CRM (an earlier retry sent them). Reload the page to see the rows still missing.`,
      );
    const edits = Object.fromEntries(
      Object.entries(body.edits).filter(([record]) => notInCrm.has(Number(record))),
    );
    const mapping = mappingStateSchema.parse(root.mapping);
    const created = await createImport({
      db,
      boss: options.boss,
      adminId: options.admin.adminId,
      canReceiveCallbacks: options.canReceiveCallbacks,
      body: {
        uploadId: root.uploadId,
        name: `Retry ${summary.retries.length + 1} of ${root.name}`,
        settings: jobSettingsSchema.parse(root.settings),
        mapping: remapColumns(
          { ...mapping, fieldDefaults: { ...mapping.fieldDefaults, ...body.fieldDefaults } },
          body.remap,
        ),
        parseOptions: csvParseOptionsSchema.parse(root.parseOptions),
        exclusion: 'none',
        retryOf: root.id,
        retryRows: { records, edits },
      },
    });
    await recordAuditEvent({
      db,
      adminId: options.admin.adminId,
      action: 'import.retried',
      subjectKind: 'import',
      subjectId: root.id,
      detail: {
        retryId: created.id,
        rows: records.length,
        alreadyInCrm,
        editedCells: Object.values(edits).reduce((sum, cells) => sum + Object.keys(cells).length, 0),
        fieldDefaults: Object.keys(body.fieldDefaults),
        remapped: body.remap,
      },
    });
    return { ...created, alreadyInCrm };
  });
}
