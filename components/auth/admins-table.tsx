'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { apiFetch } from '@/lib/http/api-fetch';
import { adminKeys, adminsQuery } from './queries';

export function AdminsTable({ currentAdminId }: { currentAdminId: string }) {
  const queryClient = useQueryClient();
  const admins = useQuery(adminsQuery());
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch(`/api/admins/${id}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });

  if (admins.isPending) return <p className="text-sm text-slate-500">Loading admins…</p>;
  if (admins.isError) return <Alert>{admins.error.message}</Alert>;
  return (
    <div className="space-y-3">
      {remove.isError ? <Alert>{remove.error.message}</Alert> : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Admins</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 font-medium">Name</th>
            <th className="py-2 font-medium">Email</th>
            <th className="py-2 font-medium">Added</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {admins.data.map((admin) => (
            <tr key={admin.id}>
              <td className="py-3 font-medium text-slate-900">
                {admin.name} {admin.id === currentAdminId ? <Badge tone="info">You</Badge> : null}
              </td>
              <td className="py-3 text-slate-700">{admin.email}</td>
              <td className="py-3 text-slate-500">{new Date(admin.createdAt).toLocaleDateString()}</td>
              <td className="py-3 text-right">
                {admin.id === currentAdminId ? null : (
                  <Button
                    variant="danger"
                    size="sm"
                    aria-label={`Remove ${admin.email}`}
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(`Remove ${admin.email}? They are signed out at once.`))
                        remove.mutate(admin.id);
                    }}
                  >
                    Remove
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
