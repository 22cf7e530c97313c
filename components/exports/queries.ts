import { queryOptions } from '@tanstack/react-query';
import { fieldsQuery } from '@/components/connect/queries';
import type { ExportDefinitionView } from '@/lib/exports/definitions/list-export-definitions';
import type { ExportView } from '@/lib/exports/views/export-view';
import { apiFetch } from '@/lib/http/api-fetch';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';

const POLL_MS = 1_500;

export const exportKeys = {
  all: ['exports'] as const,
  one: (id: string) => ['exports', id] as const,
  definitions: ['exports', 'definitions'] as const,
};

const isRunning = (view: ExportView) => !isFinishedStatus(view.status);

export const exportsQuery = (initial?: ExportView[]) =>
  queryOptions({
    queryKey: exportKeys.all,
    queryFn: () => apiFetch<{ exports: ExportView[] }>('/api/exports').then((data) => data.exports),
    initialData: initial,
    refetchInterval: (query) => ((query.state.data ?? []).some(isRunning) ? POLL_MS * 2 : false),
  });

/** Polls while the export runs; stops by itself at completed, failed or cancelled. */
export const exportQuery = (id: string, initial?: ExportView) =>
  queryOptions({
    queryKey: exportKeys.one(id),
    queryFn: () => apiFetch<ExportView>(`/api/exports/${id}`),
    initialData: initial,
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data) ? false : POLL_MS),
  });

export const definitionsQuery = () =>
  queryOptions({
    queryKey: exportKeys.definitions,
    queryFn: () =>
      apiFetch<{ definitions: ExportDefinitionView[] }>('/api/exports/definitions').then(
        (data) => data.definitions,
      ),
  });

/** A module's fields for the builder: the Connection page's query, shared cache. */
export const exportFieldsQuery = (connectionId: string, module: string) =>
  queryOptions({ ...fieldsQuery(connectionId, module), enabled: connectionId !== '' && module !== '' });
