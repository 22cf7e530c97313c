import { queryOptions } from '@tanstack/react-query';
import type { ApiTokenItem } from '@/lib/api-tokens/api-token-schemas';
import { apiFetch } from '@/lib/http/api-fetch';

export const apiTokenKeys = { all: ['api-tokens'] as const };

export const apiTokensQuery = () =>
  queryOptions({
    queryKey: apiTokenKeys.all,
    queryFn: () => apiFetch<{ tokens: ApiTokenItem[] }>('/api/api-tokens').then((data) => data.tokens),
  });
