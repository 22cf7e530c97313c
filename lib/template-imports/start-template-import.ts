import 'server-only';
import type PgBoss from 'pg-boss';
import type { z } from 'zod';
import { getModuleFields } from '@/lib/connections/get-metadata';
import { listConnections } from '@/lib/connections/list-connections';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { createImport } from '@/lib/imports/create/create-import';
import { applyTemplate, hasDrift, type TemplateDrift } from '@/lib/mapping-templates/apply-template';
import { templateBodySchema } from '@/lib/mapping-templates/mapping-template-schemas';
import type { FileStorage } from '@/lib/storage/file-storage';
import { getUpload } from '@/lib/uploads/get-upload';
import { findTemplateByName } from './find-template-by-name';
import { readFileHeader } from './read-file-header';
import type { templateImportBodySchema } from './template-import-schemas';

export function describeDrift(drift: TemplateDrift): string {
  const parts = [
    drift.missing.length
      ? `missing column${drift.missing.length > 1 ? 's' : ''} ${drift.missing.join(', ')}`
      : '',
    drift.renamed.length ? `renamed ${drift.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}` : '',
    drift.extra.length ? `new column${drift.extra.length > 1 ? 's' : ''} ${drift.extra.join(', ')}` : '',
    drift.droppedFields.length ? `fields Zoho no longer accepts: ${drift.droppedFields.join(', ')}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

async function chooseConnection(db: Db, connectionId: string | undefined): Promise<string> {
  if (connectionId) return connectionId;
  const connections = await listConnections(db);
  if (connections.length === 1 && connections[0]) return connections[0].id;
  throw new AppError(
    'validation',
    connections.length === 0
      ? 'There is no Zoho connection yet. Connect one on the Connection page first.'
      : `There are ${connections.length} Zoho connections; say which one (connectionId / --connection).`,
  );
}

/**
 * An import without a browser: the file's header row is matched against a saved template and, only when it
 * matches exactly (no missing, renamed or new columns, no field Zoho stopped accepting), the import starts.
 * Anything else is refused with the drift, never mapped by a guess nobody saw.
 */
export async function startTemplateImport(options: {
  db: Db;
  boss: PgBoss;
  storage: FileStorage;
  adminId: string;
  body: z.output<typeof templateImportBodySchema>;
  canReceiveCallbacks: (isSandbox: boolean) => boolean;
}): Promise<{ id: string; template: { id: string; name: string } }> {
  const { db, body } = options;
  const template = await findTemplateByName(db, body.template);
  const upload = await getUpload(db, body.uploadId);
  if (upload.status !== 'complete')
    throw new AppError('conflict', 'The file has not finished uploading. Send its remaining parts first.');
  const { parseOptions, columns } = await readFileHeader(options.storage, upload.storageKey);
  const connectionId = await chooseConnection(db, body.connectionId);
  const { fields } = await getModuleFields({ db, connectionId, module: template.module });
  const saved = templateBodySchema.parse(template.body);
  const { state, drift } = applyTemplate(saved, columns, fields);
  if (hasDrift(drift))
    throw new AppError(
      'conflict',
      `${upload.fileName} does not match the template "${template.name}": ${describeDrift(drift)}. Open it in the browser to review the mapping, or update the template.`,
      { reason: 'template_drift', drift },
    );
  const created = await createImport({
    db,
    boss: options.boss,
    adminId: options.adminId,
    canReceiveCallbacks: options.canReceiveCallbacks,
    body: {
      uploadId: upload.id,
      name: body.name,
      rowLimit: body.rowLimit,
      exclusion: 'none',
      parseOptions,
      mapping: state,
      settings: {
        connectionId,
        module: template.module,
        operation: template.operation,
        findBy: template.findBy ?? undefined,
        ignoreEmpty: saved.ignoreEmpty,
        layoutId: saved.layoutId,
        timeZone: body.timeZone,
      },
    },
  });
  return { id: created.id, template: { id: template.id, name: template.name } };
}
