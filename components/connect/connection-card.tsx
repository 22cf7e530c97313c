'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SandboxDownAlert } from '@/components/sandbox/sandbox-down-alert';
import { useSandboxDown } from '@/components/sandbox/use-sandbox-down';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ConnectionView } from '@/lib/connections/list-connections';
import { apiFetch } from '@/lib/http/api-fetch';
import { MetadataExplorer } from './metadata-explorer';
import { connectionKeys } from './queries';

export function ConnectionCard({ connection }: { connection: ConnectionView }) {
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationFn: () =>
      apiFetch<{ orgName: string; userEmail: string }>(`/api/connections/${connection.id}/test`, {
        method: 'POST',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: connectionKeys.all }),
  });
  const remove = useMutation({
    mutationFn: () => apiFetch(`/api/connections/${connection.id}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: connectionKeys.all }),
  });
  const isConnected = connection.status === 'connected';
  const isSandboxDown = useSandboxDown(connection.isSandbox);
  return (
    <Card className="p-5" aria-label={connection.name}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h3 className="flex items-center gap-2 text-base font-semibold text-slate-900">
            {connection.name}
            {connection.isSandbox ? <Badge tone="info">Sandbox</Badge> : null}
            {isSandboxDown ? (
              <Badge tone="warning">Unavailable</Badge>
            ) : (
              <Badge tone={isConnected ? 'success' : 'warning'}>
                {isConnected ? 'Connected' : 'Needs reconnect'}
              </Badge>
            )}
            {connection.throttledUntil ? (
              <Badge tone="warning">
                Throttled until {new Date(connection.throttledUntil).toLocaleTimeString()}
              </Badge>
            ) : null}
          </h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-600">
            <dt>Data centre</dt>
            <dd>{connection.dataCentreLabel}</dd>
            <dt>Org id</dt>
            <dd className="font-mono text-xs leading-5">{connection.orgId}</dd>
            <dt>Zoho user</dt>
            <dd>{connection.userEmail}</dd>
            <dt>API version</dt>
            <dd>{connection.apiVersion}</dd>
            <dt>Scopes</dt>
            <dd className="max-w-xl text-xs leading-5">{connection.scopes}</dd>
          </dl>
        </div>
        <div className="flex gap-2">
          <Button variant="secondary" size="sm" onClick={() => test.mutate()} disabled={test.isPending}>
            {test.isPending ? 'Testing…' : 'Test connection'}
          </Button>
          <Button
            variant="danger"
            size="sm"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Disconnect ${connection.name}? Fieldmap revokes its token at Zoho.`))
                remove.mutate();
            }}
          >
            Disconnect
          </Button>
        </div>
      </div>
      <div className="mt-3 space-y-2">
        {isSandboxDown ? <SandboxDownAlert /> : null}
        {test.isSuccess ? (
          <Alert tone="success">
            Connected to {test.data.orgName} as {test.data.userEmail}.
          </Alert>
        ) : null}
        {test.isError ? <Alert>{test.error.message}</Alert> : null}
        {remove.isError ? <Alert>{remove.error.message}</Alert> : null}
      </div>
      {isConnected ? (
        <details className="mt-4 rounded-md border border-slate-200 p-3 open:pb-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">Modules and fields</summary>
          <div className="mt-3">
            <MetadataExplorer connectionId={connection.id} />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
