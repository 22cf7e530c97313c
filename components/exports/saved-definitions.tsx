'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatWhen } from '@/components/ui/format';
import type { ExportDefinitionView } from '@/lib/exports/definitions/list-export-definitions';
import { apiFetch } from '@/lib/http/api-fetch';
import { definitionsQuery } from './queries';

/** Saved export definitions, each runnable again as a new export. */
export function SavedDefinitions({ initial }: { initial: ExportDefinitionView[] }) {
  const router = useRouter();
  const { data: definitions = initial } = useQuery({ ...definitionsQuery(), initialData: initial });
  const run = useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ id: string }>(`/api/exports/definitions/${id}/run`, { method: 'POST' }),
    onSuccess: ({ id }) => router.push(`/exports/${id}`),
  });
  if (definitions.length === 0) return null;
  return (
    <Card className="self-start p-5">
      <h2 className="text-sm font-semibold text-slate-900">Saved exports</h2>
      <p className="mt-1 text-xs text-slate-500">
        Every export's settings are kept; run one again for fresh records.
      </p>
      {run.error ? (
        <div className="mt-3">
          <Alert>{run.error.message}</Alert>
        </div>
      ) : null}
      <ul className="mt-3 divide-y divide-slate-100">
        {definitions.slice(0, 8).map((definition) => (
          <li key={definition.id} className="flex items-center justify-between gap-3 py-2">
            <div className="min-w-0">
              <p className="truncate text-sm font-medium text-slate-800">{definition.name}</p>
              <p className="text-xs text-slate-500">
                {definition.module} · {definition.fileType.toUpperCase()} · {formatWhen(definition.createdAt)}
              </p>
            </div>
            <div className="flex shrink-0 items-center gap-1">
              <Link
                href={`/exports/new?from=${definition.id}`}
                aria-label={`Edit ${definition.name} as a new export`}
                className="rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
              >
                Edit
              </Link>
              <Button
                variant="secondary"
                size="sm"
                className="shrink-0 whitespace-nowrap"
                aria-label={`Run ${definition.name} again`}
                disabled={run.isPending}
                onClick={() => run.mutate(definition.id)}
              >
                Run again
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
