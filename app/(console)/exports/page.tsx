import { EmptyState } from '@/components/ui/empty-state';
import { DownloadIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Exports' };

export default async function ExportsPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Exports"
        description="Export CRM records with bulk read jobs, as one CSV (or a calendar for Events), past Zoho's 200,000-record page."
      />
      <EmptyState
        icon={<DownloadIcon />}
        title="No exports yet"
        description="Exports you run appear here with their status and a download of the merged file. Connect a Zoho org first on the Connection page."
      />
    </>
  );
}
