import { ConnectionPanel } from '@/components/connect/connection-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/require-admin';
import { isZohoClientConfigured } from '@/lib/connections/client-for';
import { listConnections } from '@/lib/connections/list-connections';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { dataCentres } from '@/lib/zoho/data-centres';

export const metadata = { title: 'Connection' };

type SearchParams = Promise<{ connected?: string; error?: string }>;

export default async function ConnectionPage({ searchParams }: { searchParams: SearchParams }) {
  await requireAdmin();
  const { connected, error } = await searchParams;
  return (
    <>
      <PageHeader
        title="Connection"
        description="The Zoho CRM orgs Fieldmap works on. Tokens stay on this server, encrypted; your browser never sees one."
      />
      <ConnectionPanel
        initialConnections={await listConnections(await getDb())}
        dataCentres={dataCentres().map((dc) => ({ id: dc.id, label: dc.label }))}
        defaultDc={env().ZOHO_DC}
        isClientConfigured={isZohoClientConfigured()}
        connectedId={connected}
        error={error}
      />
    </>
  );
}
