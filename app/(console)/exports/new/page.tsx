import { ExportBuilder } from '@/components/exports/export-builder';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'New export' };

export default async function NewExportPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="New export"
        description="Pick the records and fields; Fieldmap runs Zoho's bulk read jobs, page after page, and merges them into one file."
      />
      <ExportBuilder />
    </>
  );
}
