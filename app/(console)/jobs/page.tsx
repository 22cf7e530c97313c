import { ImportsTable } from '@/components/imports/imports-table';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Jobs' };

export default async function JobsPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every import and export, live: status, progress, per-row errors and share links."
      />
      <ImportsTable emptyTitle="Nothing has run yet" />
    </>
  );
}
