import Link from 'next/link';
import { ExportList } from '@/components/exports/export-list';
import { SavedDefinitions } from '@/components/exports/saved-definitions';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { DownloadIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';
import { getDb } from '@/lib/db/client';
import { listExportDefinitions } from '@/lib/exports/definitions/list-export-definitions';
import { listExports } from '@/lib/exports/views/list-exports';

export const metadata = { title: 'Exports' };

export default async function ExportsPage() {
  await requireAdmin();
  const db = await getDb();
  const [exports, definitions] = await Promise.all([listExports(db), listExportDefinitions(db)]);
  const newExport = (
    <Link href="/exports/new" className={buttonClasses('primary')}>
      New export
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Exports"
        description="Export CRM records with bulk read jobs, as one CSV (or a calendar for Events), past Zoho's 200,000-record page."
        actions={exports.length > 0 ? newExport : undefined}
      />
      {exports.length === 0 ? (
        <EmptyState
          icon={<DownloadIcon />}
          title="No exports yet"
          description="Exports you run appear here with their status and a download of the merged file. Connect a Zoho org first on the Connection page."
          action={newExport}
        />
      ) : (
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <ExportList initial={exports} />
          <SavedDefinitions initial={definitions} />
        </div>
      )}
    </>
  );
}
