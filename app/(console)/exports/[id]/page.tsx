import { notFound } from 'next/navigation';
import { ExportStatusPanel } from '@/components/exports/export-status-panel';
import { ShareLinksPanel } from '@/components/share/share-links-panel';
import { requireAdmin } from '@/lib/auth/require-admin';
import { getDb } from '@/lib/db/client';
import { getExportView } from '@/lib/exports/views/list-exports';

export const metadata = { title: 'Export' };

export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const view = await getExportView(await getDb(), id).catch(() => undefined);
  if (!view) notFound();
  return (
    <>
      <ExportStatusPanel initial={view} />
      <div className="mt-6 max-w-2xl">
        <ShareLinksPanel jobKind="export" jobId={id} />
      </div>
    </>
  );
}
