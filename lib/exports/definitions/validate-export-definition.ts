import 'server-only';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { type ExportDefinition, exportDefinitionSchema } from './export-definition';
import { exportDefinitionSchemaFor } from './export-definition-schema-for';
import { resolveFieldCatalog } from './resolve-field-catalog';

/** The builder's checks again, on the server, against Zoho's current metadata: 422 with field paths. */
export async function validateExportDefinition(db: Db, input: unknown): Promise<ExportDefinition> {
  const shape = exportDefinitionSchema.safeParse(input);
  const catalog = shape.success ? await resolveFieldCatalog(db, shape.data) : new Map();
  const result = exportDefinitionSchemaFor(catalog).safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  }));
  throw new AppError('validation', fields[0]?.message ?? 'The export is not valid.', { fields });
}
