'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/http/api-fetch';
import type { ShareJobKind } from '@/lib/share-links/share-link-schemas';
import { shareLinkKeys, shareLinksQuery } from './queries';

const when = (iso: string) => format(new Date(iso), 'd MMM yyyy, HH:mm');

/** The job's links that still work, each with a revoke button. */
export function ShareLinkList({ jobKind, jobId }: { jobKind: ShareJobKind; jobId: string }) {
  const queryClient = useQueryClient();
  const links = useQuery(shareLinksQuery(jobKind, jobId));
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch(`/api/share-links/${id}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shareLinkKeys.job(jobKind, jobId) }),
  });
  if (links.isPending) return <p className="text-sm text-slate-500">Loading links…</p>;
  if (links.isError) return <Alert>{links.error.message}</Alert>;
  if (links.data.length === 0) return <p className="text-sm text-slate-600">No live links.</p>;
  return (
    <div className="space-y-2">
      {revoke.isError ? <Alert>{revoke.error.message}</Alert> : null}
      <ul
        aria-label="Live share links"
        className="divide-y divide-slate-100 rounded-md border border-slate-200"
      >
        {links.data.map((link) => (
          <li key={link.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm">
            <div>
              <p className="font-medium text-slate-900">{link.displayName}</p>
              <p className="text-xs text-slate-500">
                Created {when(link.createdAt)}
                {link.createdByName ? ` by ${link.createdByName}` : ''} ·{' '}
                {link.expiresAt ? `expires ${when(link.expiresAt)}` : 'never expires'}
              </p>
            </div>
            <Button
              size="sm"
              variant="danger"
              aria-label={`Revoke link ${link.displayName}`}
              disabled={revoke.isPending && revoke.variables === link.id}
              onClick={() => revoke.mutate(link.id)}
            >
              Revoke
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
