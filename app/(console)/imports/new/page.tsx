import { NewImportWizard } from '@/components/csv/new-import-wizard';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'New import' };

export default async function NewImportPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="New import"
        description="Drop a CSV or an Excel workbook to preview it. The file is read in your browser: the first rows show at once, then the whole file is scanned for problems and column profiles."
      />
      <NewImportWizard />
    </>
  );
}
