'use client';

import { useQuery } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ConnectionView } from '@/lib/connections/list-connections';
import { ConnectZohoForm } from './connect-zoho-form';
import { ConnectionCard } from './connection-card';
import type { DataCentreOption } from './data-centre-select';
import { connectionsQuery } from './queries';
import { SelfClientForm } from './self-client-form';

type Props = {
  initialConnections: ConnectionView[];
  dataCentres: DataCentreOption[];
  defaultDc: string;
  isClientConfigured: boolean;
  connectedId?: string;
  error?: string;
};

export function ConnectionPanel({
  initialConnections,
  dataCentres,
  defaultDc,
  isClientConfigured,
  connectedId,
  error,
}: Props) {
  const connections = useQuery({ ...connectionsQuery(), initialData: initialConnections });
  const justConnected = connections.data.find((connection) => connection.id === connectedId);
  const zohoCentres = dataCentres.filter((dc) => dc.id !== 'sim');
  return (
    <div className="space-y-6">
      {error ? <Alert>{error}</Alert> : null}
      {justConnected ? (
        <Alert tone="success">Connected {justConnected.name}. You can import into it now.</Alert>
      ) : null}

      <section aria-labelledby="connected-orgs" className="space-y-3">
        <h2 id="connected-orgs" className="text-base font-semibold text-slate-900">
          Connected orgs
        </h2>
        {connections.data.length === 0 ? (
          <p className="text-sm text-slate-600">
            Nothing is connected yet. Start with the built-in sandbox, or connect your Zoho org below.
          </p>
        ) : (
          connections.data.map((connection) => <ConnectionCard key={connection.id} connection={connection} />)
        )}
      </section>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card className="p-6">
          <h2 className="text-base font-semibold text-slate-900">Built-in sandbox</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">
            A local Zoho CRM simulator with a demo org (Leads, Contacts, Accounts, Deals, Meetings, Projects).
            It really stores, imports and exports records, so you can rehearse an import before touching real
            data.
          </p>
          <a href="/api/zoho/connect?dc=sim" className={buttonClasses('primary')}>
            Use the built-in sandbox
          </a>
        </Card>
        <Card className="p-6">
          <h2 className="text-base font-semibold text-slate-900">Zoho CRM</h2>
          {isClientConfigured ? (
            <>
              <p className="mb-4 mt-1 text-sm text-slate-600">
                You sign in at Zoho and grant access; Fieldmap keeps the tokens on this server, encrypted.
              </p>
              <ConnectZohoForm dataCentres={zohoCentres} defaultDc={defaultDc} />
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600">
              To connect with Zoho’s sign-in, create a server-based client in Zoho’s API console with the
              redirect URI <code className="rounded bg-slate-100 px-1">/api/zoho/callback</code> on this
              server, then set <code>ZOHO_CLIENT_ID</code> and <code>ZOHO_CLIENT_SECRET</code> and restart. Or
              connect a self-client below.
            </p>
          )}
        </Card>
      </div>

      <Card className="p-6">
        <h2 className="text-base font-semibold text-slate-900">Self-client</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          For server setups: in Zoho’s API console create a Self Client, generate a grant code with Fieldmap’s
          scopes (or use a refresh token you have), and paste it here.
        </p>
        <SelfClientForm dataCentres={dataCentres} defaultDc={defaultDc} />
      </Card>
    </div>
  );
}
