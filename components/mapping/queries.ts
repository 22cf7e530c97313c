import { queryOptions } from '@tanstack/react-query';
import type { CrmField, CrmLayout, CrmModule } from '@/lib/crm/crm-field';
import { apiFetch } from '@/lib/http/api-fetch';

export type ConnectionSummary = {
  id: string;
  name: string;
  orgName: string;
  status: string;
  isSandbox: boolean;
};

// Same keys as components/connect/queries.ts so the Connection page and the board share the cache.
export const mappingKeys = {
  connections: ['connections'] as const,
  modules: (id: string) => ['connections', id, 'modules'] as const,
  fields: (id: string, module: string) => ['connections', id, 'modules', module, 'fields'] as const,
};

export const connectionsQuery = () =>
  queryOptions({
    queryKey: mappingKeys.connections,
    queryFn: () =>
      apiFetch<{ connections: ConnectionSummary[] }>('/api/connections').then((data) => data.connections),
  });

export const bulkWriteModulesQuery = (connectionId: string) =>
  queryOptions({
    queryKey: mappingKeys.modules(connectionId),
    queryFn: () => apiFetch<{ modules: CrmModule[] }>(`/api/connections/${connectionId}/modules`),
    select: (data) => data.modules.filter((module) => module.canBulkWrite),
    staleTime: 5 * 60_000,
    enabled: connectionId !== '',
  });

export const moduleFieldsQuery = (connectionId: string, module: string) =>
  queryOptions({
    queryKey: mappingKeys.fields(connectionId, module),
    queryFn: () =>
      apiFetch<{ fields: CrmField[]; layouts: CrmLayout[] }>(
        `/api/connections/${connectionId}/modules/${module}/fields`,
      ),
    staleTime: 5 * 60_000,
    enabled: connectionId !== '' && module !== '',
  });
