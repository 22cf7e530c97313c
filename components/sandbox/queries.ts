import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/api-fetch';
import type { SandboxRecords } from '@/lib/sandbox/list-sandbox-records';

export const sandboxRecordsQuery = (module: string, page: number, q: string) =>
  queryOptions({
    queryKey: ['sandbox', 'records', module, page, q],
    queryFn: () =>
      apiFetch<SandboxRecords>(
        `/api/sandbox/records/${module}?${new URLSearchParams({ page: String(page), ...(q ? { q } : {}) })}`,
      ),
    enabled: module !== '',
    placeholderData: keepPreviousData,
  });
