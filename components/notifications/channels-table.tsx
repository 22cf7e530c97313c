'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/http/api-fetch';
import { EVENT_LABELS, SCOPE_LABELS } from '@/lib/notifications/notification-schemas';
import { channelsQuery, notificationKeys } from './queries';

export function ChannelsTable() {
  const queryClient = useQueryClient();
  const channels = useQuery(channelsQuery());
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch(`/api/notifications/${id}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });

  if (channels.isPending) return <p className="text-sm text-slate-500">Loading notifications…</p>;
  if (channels.isError) return <Alert>{channels.error.message}</Alert>;
  if (channels.data.length === 0)
    return (
      <p className="text-sm text-slate-600">
        No notifications yet. Add a webhook or an e-mail address to hear when an import needs you.
      </p>
    );
  return (
    <div className="space-y-3 overflow-x-auto">
      {remove.isError ? <Alert>{remove.error.message}</Alert> : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your notifications</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 font-medium">Name</th>
            <th className="py-2 font-medium">Events</th>
            <th className="py-2 font-medium">For</th>
            <th className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {channels.data.map((channel) => (
            <tr key={channel.id}>
              <td className="py-3">
                <span className="font-medium text-slate-900">{channel.name}</span>
                <span className="block break-all text-xs text-slate-600">
                  {channel.kind === 'email' ? 'E-mail to ' : 'Webhook to '}
                  {channel.target}
                </span>
              </td>
              <td className="py-3 text-slate-700">
                {channel.events.map((event) => EVENT_LABELS[event]).join(', ')}
              </td>
              <td className="py-3 text-slate-700">
                {channel.scope === 'schedule'
                  ? `Schedule “${channel.scheduleName ?? '?'}”`
                  : SCOPE_LABELS[channel.scope]}
              </td>
              <td className="py-3 text-right">
                <Button
                  variant="danger"
                  size="sm"
                  aria-label={`Remove ${channel.name}`}
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Remove “${channel.name}”? Its delivery log goes with it.`))
                      remove.mutate(channel.id);
                  }}
                >
                  Remove
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
