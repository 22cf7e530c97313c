import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { UploadIcon } from '@/components/ui/icons';
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
      <EmptyState
        icon={<UploadIcon />}
        title="No imports yet"
        description="Start by connecting a Zoho org (or the built-in sandbox) on the Connection page. Then drop a CSV here to preview it and map its columns onto CRM fields."
        action={
          <Link href="/connection" className={buttonClasses('primary')}>
            Go to Connection
          </Link>
        }
      />
    </>
  );
}
