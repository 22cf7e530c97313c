'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatCount, formatWhen } from '@/components/ui/format';
import type { ExportView } from '@/lib/exports/views/export-view';
import { ExportStatusBadge } from './export-status-badge';
import { exportsQuery } from './queries';

/** Every export, newest first; refreshes while any is still running. */
export function ExportList({ initial }: { initial: ExportView[] }) {
  const { data: exports = initial } = useQuery(exportsQuery(initial));
  return (
    <Card className="self-start overflow-hidden">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Exports</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-5 py-2.5 font-medium">Export</th>
            <th className="px-3 py-2.5 font-medium">Module</th>
            <th className="px-3 py-2.5 font-medium">Status</th>
            <th className="px-3 py-2.5 text-right font-medium">Records</th>
            <th className="px-3 py-2.5 font-medium">When</th>
            <th className="px-5 py-2.5 font-medium">Who</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {exports.map((item) => (
            <tr key={item.id} className="hover:bg-slate-50">
              <td className="px-5 py-3">
                <Link href={`/exports/${item.id}`} className="font-medium text-indigo-700 hover:underline">
                  {item.name}
                </Link>
                <span className="ml-2 text-xs uppercase text-slate-500">{item.fileType}</span>
              </td>
              <td className="px-3 py-3 text-slate-700">{item.module}</td>
              <td className="px-3 py-3">
                <ExportStatusBadge status={item.status} />
              </td>
              <td className="px-3 py-3 text-right tabular-nums text-slate-700">
                {formatCount(item.recordCount)}
              </td>
              <td className="px-3 py-3 text-slate-600">{formatWhen(item.createdAt)}</td>
              <td className="px-5 py-3 text-slate-600">{item.createdBy ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
