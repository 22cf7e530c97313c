import Link from 'next/link';
import { ImportsTable } from '@/components/imports/imports-table';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'Imports' };

export default async function ImportsPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="Imports"
        description="Load CSV files into Zoho CRM with bulk write jobs: insert, update or upsert, any size."
        actions={
          <Link href="/imports/new" className={buttonClasses('primary')}>
            New import
          </Link>
        }
      />
      <ImportsTable />
    </>
  );
}
