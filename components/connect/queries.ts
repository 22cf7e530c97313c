import { queryOptions } from '@tanstack/react-query';
import type { ConnectionView } from '@/lib/connections/list-connections';
import type { CrmField, CrmLayout, CrmModule } from '@/lib/crm/crm-field';
import { apiFetch } from '@/lib/http/api-fetch';
import type { CrmUser } from '@/lib/zoho/list-users';

export const connectionKeys = {
  all: ['connections'] as const,
  modules: (id: string) => ['connections', id, 'modules'] as const,
  fields: (id: string, module: string) => ['connections', id, 'modules', module, 'fields'] as const,
  users: (id: string) => ['connections', id, 'users'] as const,
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

export const usersQuery = (connectionId: string) =>
  queryOptions({
    queryKey: connectionKeys.users(connectionId),
    queryFn: () =>
      apiFetch<{ users: CrmUser[]; fetchedAt: string }>(`/api/connections/${connectionId}/users`).then(
        (data) => data.users,
      ),
    staleTime: 5 * 60_000,
  });
