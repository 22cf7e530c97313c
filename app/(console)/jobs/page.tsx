import { ExportList } from '@/components/exports/export-list';
import { ImportsTable } from '@/components/imports/imports-table';
import { EmptyState } from '@/components/ui/empty-state';
import { JobsIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';
import { getDb } from '@/lib/db/client';
import { listExports } from '@/lib/exports/views/list-exports';
import { listImports } from '@/lib/imports/views/list-imports';

export const metadata = { title: 'Jobs' };

export default async function JobsPage() {
  await requireAdmin();
  const db = await getDb();
  const [someImports, exports] = await Promise.all([listImports(db, { limit: 1 }), listExports(db)]);
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every import and export, live: status, progress, per-row errors and share links."
      />
      {someImports.length === 0 && exports.length === 0 ? (
        <EmptyState
          icon={<JobsIcon />}
          title="Nothing has run yet"
          description="When you run an import or an export it shows up here, with every row accounted for: added, updated, skipped or failed."
        />
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="jobs-imports" className="space-y-3">
            <h2 id="jobs-imports" className="text-base font-semibold text-slate-900">
              Imports
            </h2>
            <ImportsTable />
          </section>
          {exports.length > 0 ? (
            <section aria-labelledby="jobs-exports" className="space-y-3">
              <h2 id="jobs-exports" className="text-base font-semibold text-slate-900">
                Exports
              </h2>
              <ExportList initial={exports} />
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}
