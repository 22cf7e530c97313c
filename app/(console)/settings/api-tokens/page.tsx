import Link from 'next/link';
import { CreateTokenForm } from '@/components/api-tokens/create-token-form';
import { TokensTable } from '@/components/api-tokens/tokens-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';

export const metadata = { title: 'API tokens' };

export default async function ApiTokensPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let scripts and the fieldmap CLI call Fieldmap without a browser. Each acts for the admin who made it, within its scopes."
      />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card className="p-6 xl:col-span-2">
          <h2 className="mb-4 text-base font-semibold">Tokens</h2>
          <TokensTable />
          <p className="mt-4 text-sm text-slate-600">
            Send a token as <code className="font-mono">Authorization: Bearer …</code>. The REST API is
            described on the{' '}
            <Link href="/api-docs" className="text-indigo-700 underline">
              API reference
            </Link>
            .
          </p>
        </Card>
        <Card className="p-6">
          <h2 className="mb-4 text-base font-semibold">Create a token</h2>
          <CreateTokenForm />
        </Card>
      </div>
    </>
  );
}
