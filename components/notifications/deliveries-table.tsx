'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EVENT_LABELS } from '@/lib/notifications/notification-schemas';
import { deliveriesQuery } from './queries';

const STATUS_TONE = {
  pending: 'neutral',
  retrying: 'warning',
  delivered: 'success',
  failed: 'danger',
} as const;

export function DeliveriesTable() {
  const deliveries = useQuery(deliveriesQuery());
  if (deliveries.isPending) return <p className="text-sm text-slate-500">Loading the delivery log…</p>;
  if (deliveries.isError) return <Alert>{deliveries.error.message}</Alert>;
  if (deliveries.data.length === 0)
    return <p className="text-sm text-slate-600">Nothing sent yet. Notices appear here as jobs finish.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Delivery log</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 font-medium">When</th>
            <th className="py-2 font-medium">Notification</th>
            <th className="py-2 font-medium">About</th>
            <th className="py-2 font-medium">Status</th>
            <th className="py-2 font-medium">Details</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.data.map((delivery) => (
            <tr key={delivery.id}>
              <td className="py-3 text-slate-700">{new Date(delivery.createdAt).toLocaleString()}</td>
              <td className="py-3 text-slate-900">{delivery.channelName}</td>
              <td className="py-3 text-slate-700">
                <Link
                  href={`/${delivery.subjectKind}s/${delivery.subjectId}`}
                  className="text-indigo-700 underline"
                >
                  {delivery.subjectName}
                </Link>
                <span className="block text-xs text-slate-600">{EVENT_LABELS[delivery.event]}</span>
              </td>
              <td className="py-3">
                <Badge tone={STATUS_TONE[delivery.status]}>{delivery.status}</Badge>
                <span className="block text-xs text-slate-600">
                  {delivery.attempts} {delivery.attempts === 1 ? 'attempt' : 'attempts'}
                </span>
              </td>
              <td className="py-3 text-xs text-slate-700">
                {delivery.lastError ?? (delivery.responseStatus ? `Answered ${delivery.responseStatus}` : '')}
                {delivery.nextAttemptAt ? (
                  <span className="block text-slate-600">
                    Next try {new Date(delivery.nextAttemptAt).toLocaleTimeString()}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
