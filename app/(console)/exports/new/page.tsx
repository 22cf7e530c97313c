import { ExportBuilder } from '@/components/exports/export-builder';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';
import { getDb } from '@/lib/db/client';
import { getExportDefinition } from '@/lib/exports/definitions/get-export-definition';

export const metadata = { title: 'New export' };

type SearchParams = Promise<{ from?: string }>;

export default async function NewExportPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin();
  const { from } = await searchParams;
  const initial =
    from && /^[0-9a-f-]{36}$/i.test(from) ? await getExportDefinition(await getDb(), from) : undefined;
  return (
    <>
      <PageHeader
        title="New export"
        description={
          initial
            ? `Starting from “${initial.name}”: change what you need and run it as a new export.`
            : "Pick the records and fields; Fieldmap runs Zoho's bulk read jobs, page after page, and merges them into one file."
        }
      />
      <ExportBuilder initial={initial} />
    </>
  );
}
