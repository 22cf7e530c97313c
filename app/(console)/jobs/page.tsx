import { EmptyState } from '@/components/ui/empty-state';
import { JobsIcon } from '@/components/ui/icons';
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
      <EmptyState
        icon={<JobsIcon />}
        title="Nothing has run yet"
        description="When you run an import or an export it shows up here, with every row accounted for: added, updated, skipped or failed."
      />
    </>
  );
}
