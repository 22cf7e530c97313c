'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatCount } from '@/components/ui/format';
import type { ExportView } from '@/lib/exports/views/export-view';
import { apiFetch } from '@/lib/http/api-fetch';
import { PageStatusBadge } from './export-status-badge';
import { exportKeys } from './queries';

/** Each Zoho bulk read job of the export, with its raw zip as Zoho sent it. */
export function ExportPagesTable({ view }: { view: ExportView }) {
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: (page: number) =>
      apiFetch(`/api/exports/${view.id}/pages/${page}/resend`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: exportKeys.one(view.id) }),
  });
  if (view.pages.length === 0)
    return <p className="px-5 py-4 text-sm text-slate-500">No page started yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Zoho's pages of this export</caption>
      <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th className="px-5 py-2 font-medium">Page</th>
          <th className="px-3 py-2 font-medium">Status</th>
          <th className="px-3 py-2 text-right font-medium">Records</th>
          <th className="px-3 py-2 font-medium">More after it</th>
          <th className="px-5 py-2 text-right font-medium">Raw file</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {view.pages.map((page) => (
          <tr key={page.page} aria-label={`Page ${page.page}`} className="align-top">
            <td className="px-5 py-2.5 font-medium text-slate-900">{page.page}</td>
            <td className="px-3 py-2.5">
              <PageStatusBadge status={page.status} />
              {page.error ? <p className="mt-1 max-w-md text-xs text-slate-600">{page.error}</p> : null}
              {page.status === 'needs_attention' ? (
                <button
                  type="button"
                  className="mt-2 rounded-md bg-white px-2.5 py-1 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-300 hover:bg-amber-50"
                  disabled={resend.isPending}
                  onClick={() => {
                    const isSure = window.confirm(
                      `Send page ${page.page} to Zoho again? If Zoho did create the first job, this makes a second one (and spends its API credits).`,
                    );
                    if (isSure) resend.mutate(page.page);
                  }}
                >
                  Send page {page.page} again
                </button>
              ) : null}
            </td>
            <td className="px-3 py-2.5 text-right tabular-nums text-slate-700">
              {page.recordCount === null ? '—' : formatCount(page.recordCount)}
            </td>
            <td className="px-3 py-2.5 text-slate-600">
              {page.moreRecords === null ? '—' : page.moreRecords ? 'Yes' : 'No'}
            </td>
            <td className="px-5 py-2.5 text-right">
              {page.hasZip ? (
                <a
                  className="font-medium text-indigo-700 hover:underline"
                  href={`/api/exports/${view.id}/pages/${page.page}/zip`}
                  download
                >
                  Page {page.page} zip
                </a>
              ) : (
                <span className="text-slate-500">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
