'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { ApiTokenItem } from '@/lib/api-tokens/api-token-schemas';
import { apiFetch } from '@/lib/http/api-fetch';
import { apiTokenKeys, apiTokensQuery } from './queries';

const STATUS_TONE = { active: 'success', expired: 'warning', revoked: 'neutral' } as const;
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'Never');

function LastUsed({ token }: { token: ApiTokenItem }) {
  if (!token.lastUsedAt) return <span className="text-slate-500">Never</span>;
  return (
    <>
      {when(token.lastUsedAt)}
      {token.lastUsedAddress ? (
        <span className="block text-xs text-slate-500">from {token.lastUsedAddress}</span>
      ) : null}
    </>
  );
}

export function TokensTable() {
  const queryClient = useQueryClient();
  const tokens = useQuery(apiTokensQuery());
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch(`/api/api-tokens/${id}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });

  if (tokens.isPending) return <p className="text-sm text-slate-500">Loading tokens…</p>;
  if (tokens.isError) return <Alert>{tokens.error.message}</Alert>;
  if (tokens.data.length === 0)
    return (
      <p className="text-sm text-slate-600">No tokens yet. Create one to use the CLI or the REST API.</p>
    );
  return (
    <div className="space-y-3 overflow-x-auto">
      {revoke.isError ? <Alert>{revoke.error.message}</Alert> : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 font-medium">Name</th>
            <th className="py-2 font-medium">Scopes</th>
            <th className="py-2 font-medium">Status</th>
            <th className="py-2 font-medium">Expires</th>
            <th className="py-2 font-medium">Last used</th>
            <th className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.data.map((token) => (
            <tr key={token.id}>
              <td className="py-3">
                <span className="font-medium text-slate-900">{token.name}</span>
                <span className="block font-mono text-xs text-slate-500">{token.prefix}…</span>
                {token.createdByName ? (
                  <span className="block text-xs text-slate-500">by {token.createdByName}</span>
                ) : null}
              </td>
              <td className="py-3 text-slate-700">{token.scopes.join(', ')}</td>
              <td className="py-3">
                <Badge tone={STATUS_TONE[token.status]}>{token.status}</Badge>
              </td>
              <td className="py-3 text-slate-700">{when(token.expiresAt)}</td>
              <td className="py-3 text-slate-700">
                <LastUsed token={token} />
              </td>
              <td className="py-3 text-right">
                {token.status === 'active' ? (
                  <Button
                    variant="danger"
                    size="sm"
                    aria-label={`Revoke ${token.name}`}
                    disabled={revoke.isPending}
                    onClick={() => {
                      if (window.confirm(`Revoke “${token.name}”? Scripts using it stop working at once.`))
                        revoke.mutate(token.id);
                    }}
                  >
                    Revoke
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
