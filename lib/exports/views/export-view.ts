import 'server-only';
import type { Export, ExportPage } from '@/lib/db/schema';
import type { ExportDefinition } from '../definitions/export-definition';
import { exportFileName } from '../files/export-file-name';

export type ExportPageView = {
  page: number;
  status: ExportPage['status'];
  recordCount: number | null;
  moreRecords: boolean | null;
  hasZip: boolean;
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
};

/** What the browser sees of an export: no connection secrets, no callback secret. */
export type ExportView = {
  id: string;
  name: string;
  module: string;
  fileType: 'csv' | 'ics';
  apiVersion: string;
  status: Export['status'];
  statusMessage: string | null;
  pagesDone: number;
  recordCount: number;
  duplicatesDropped: number;
  fileName: string | null;
  fileBytes: number | null;
  definitionId: string | null;
  definition: ExportDefinition;
  createdBy: string | null;
  connectionName: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  pages: ExportPageView[];
};

export function toExportView(
  run: Export,
  extra: { createdBy: string | null; connectionName: string | null; pages: ExportPage[] },
): ExportView {
  return {
    id: run.id,
    name: run.name,
    module: run.module,
    fileType: run.fileType,
    apiVersion: run.apiVersion,
    status: run.status,
    statusMessage: run.statusMessage,
    pagesDone: run.pagesDone,
    recordCount: run.recordCount,
    duplicatesDropped: run.duplicatesDropped,
    fileName: run.fileKey ? exportFileName(run) : null,
    fileBytes: run.fileBytes,
    definitionId: run.definitionId,
    definition: run.definition as ExportDefinition,
    createdBy: extra.createdBy,
    connectionName: extra.connectionName,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    pages: extra.pages.map((page) => ({
      page: page.page,
      status: page.status,
      recordCount: page.recordCount,
      moreRecords: page.moreRecords,
      hasZip: Boolean(page.zipKey),
      error: page.error,
      startedAt: page.startedAt?.toISOString() ?? null,
      finishedAt: page.finishedAt?.toISOString() ?? null,
    })),
  };
}
