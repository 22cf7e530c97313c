import { TemplatesList } from '@/components/mapping-templates/templates-list';
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
      <TemplatesList />
    </>
  );
}
