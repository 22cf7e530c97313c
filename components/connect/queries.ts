import { queryOptions } from '@tanstack/react-query';
import type { ConnectionView } from '@/lib/connections/list-connections';
import type { CrmField, CrmLayout, CrmModule } from '@/lib/crm/crm-field';
import { apiFetch } from '@/lib/http/api-fetch';

export const connectionKeys = {
  all: ['connections'] as const,
  modules: (id: string) => ['connections', id, 'modules'] as const,
  fields: (id: string, module: string) => ['connections', id, 'modules', module, 'fields'] as const,
};

export const connectionsQuery = () =>
  queryOptions({
    queryKey: connectionKeys.all,
    queryFn: () =>
      apiFetch<{ connections: ConnectionView[] }>('/api/connections').then((data) => data.connections),
  });

export const modulesQuery = (connectionId: string) =>
  queryOptions({
    queryKey: connectionKeys.modules(connectionId),
    queryFn: () =>
      apiFetch<{ modules: CrmModule[]; fetchedAt: string }>(`/api/connections/${connectionId}/modules`),
    staleTime: 5 * 60_000,
  });

export const fieldsQuery = (connectionId: string, module: string) =>
  queryOptions({
    queryKey: connectionKeys.fields(connectionId, module),
    queryFn: () =>
      apiFetch<{ fields: CrmField[]; layouts: CrmLayout[]; fetchedAt: string }>(
        `/api/connections/${connectionId}/modules/${module}/fields`,
      ),
    staleTime: 5 * 60_000,
  });
