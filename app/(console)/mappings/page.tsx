import { EmptyState } from '@/components/ui/empty-state';
import { MappingIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Mappings' };

export default async function MappingsPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Mappings"
        description="Saved column-to-field mappings, reusable for files with the same columns."
      />
      <EmptyState
        icon={<MappingIcon />}
        title="No saved mappings"
        description="Mappings you save while mapping an import's columns onto CRM fields are kept here for the next file of the same shape."
      />
    </>
  );
}
