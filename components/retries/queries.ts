import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/api-fetch';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import type { RetryRowsView, RetrySummary } from '@/lib/retries/retry-schemas';

export const retryKeys = {
  summary: (importId: string) => ['imports', importId, 'retry-summary'] as const,
  rows: (importId: string) => ['imports', importId, 'retry-rows'] as const,
};

/** Polls while a retry runs, so the cumulative count moves with it. */
export const retrySummaryQuery = (importId: string) =>
  queryOptions({
    queryKey: retryKeys.summary(importId),
    queryFn: () => apiFetch<RetrySummary>(`/api/imports/${importId}/retry`),
    refetchInterval: (query) =>
      query.state.data?.retries.some((retry) => !isFinishedStatus(retry.status)) ? 3_000 : false,
  });

export const retryRowsQuery = (importId: string) =>
  queryOptions({
    queryKey: retryKeys.rows(importId),
    queryFn: () => apiFetch<RetryRowsView>(`/api/imports/${importId}/retry/rows`),
    staleTime: 0,
  });
