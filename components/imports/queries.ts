import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/api-fetch';
import type { ImportAdminView } from '@/lib/imports/views/import-admin-view';
import type { ImportRowView } from '@/lib/imports/views/list-import-rows';
import type { ImportListItem } from '@/lib/imports/views/list-imports';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';

export const importKeys = {
  all: ['imports'] as const,
  list: (filter: Record<string, string>) => ['imports', 'list', filter] as const,
  one: (id: string) => ['imports', id] as const,
  rows: (id: string, page: number, total: number) => ['imports', id, 'rows', page, total] as const,
};

/** An import's page data; refreshes every 2 s while it runs and stops once it has finished. */
export const importQuery = (id: string) =>
  queryOptions({
    queryKey: importKeys.one(id),
    queryFn: () => apiFetch<ImportAdminView>(`/api/imports/${id}`),
    refetchInterval: (query) =>
      query.state.data && isFinishedStatus(query.state.data.status) ? false : 2_000,
  });

/** `total` is part of the key: while an import runs, a new count means new rows to show. */
export const importRowsQuery = (id: string, page: number, total: number) =>
  queryOptions({
    queryKey: importKeys.rows(id, page, total),
    queryFn: () =>
      apiFetch<{ headers: string[]; rows: ImportRowView[]; total: number; pageSize: number }>(
        `/api/imports/${id}/rows?page=${page}`,
      ),
  });

export const importsListQuery = (filter: { status?: string; search?: string }) => {
  const params = new URLSearchParams(
    Object.entries(filter).filter(([, value]) => Boolean(value)) as [string, string][],
  );
  return queryOptions({
    queryKey: importKeys.list(Object.fromEntries(params)),
    queryFn: () =>
      apiFetch<{ imports: ImportListItem[] }>(`/api/imports?${params}`).then((data) => data.imports),
    // Idle lists still look now and then: the CLI, the API and schedules start imports without this page.
    refetchInterval: (query) =>
      query.state.data?.some((item) => !isFinishedStatus(item.status)) ? 3_000 : 10_000,
  });
};
