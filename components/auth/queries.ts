import { queryOptions } from '@tanstack/react-query';
import type { AdminListItem } from '@/lib/auth/list-admins';
import { apiFetch } from '@/lib/http/api-fetch';

export const adminKeys = { all: ['admins'] as const };

export const adminsQuery = () =>
  queryOptions({
    queryKey: adminKeys.all,
    queryFn: () => apiFetch<{ admins: AdminListItem[] }>('/api/admins').then((data) => data.admins),
  });
