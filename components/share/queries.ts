import { queryOptions } from '@tanstack/react-query';
import type { AuditEventItem } from '@/lib/audit/list-audit-events';
import { ApiError, apiFetch } from '@/lib/http/api-fetch';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import type { PublicJobView } from '@/lib/share-links/public-job-view';
import type { ShareJobKind, ShareLinkItem } from '@/lib/share-links/share-link-schemas';

export const shareLinkKeys = {
  all: ['share-links'] as const,
  job: (jobKind: ShareJobKind, jobId: string) => ['share-links', jobKind, jobId] as const,
};

export const shareLinksQuery = (jobKind: ShareJobKind, jobId: string) =>
  queryOptions({
    queryKey: shareLinkKeys.job(jobKind, jobId),
    queryFn: () =>
      apiFetch<{ links: ShareLinkItem[] }>(`/api/share-links?jobKind=${jobKind}&jobId=${jobId}`).then(
        (data) => data.links,
      ),
  });

export const jobActivityQuery = (jobKind: ShareJobKind, jobId: string) =>
  queryOptions({
    queryKey: [...shareLinkKeys.job(jobKind, jobId), 'activity'] as const,
    queryFn: () =>
      apiFetch<{ events: AuditEventItem[] }>(
        `/api/share-links/activity?jobKind=${jobKind}&jobId=${jobId}`,
      ).then((data) => data.events),
  });

export const SHARE_POLL_INTERVAL_MS = 5_000;

/** The public page's data: polled while the job runs, not at all once it has ended or the link is gone. */
export const sharedJobQuery = (token: string, initialData: PublicJobView) =>
  queryOptions({
    queryKey: ['shared-job', token] as const,
    queryFn: () => apiFetch<PublicJobView>(`/api/s/${token}`, { isSignInOnUnauthorized: false }),
    initialData,
    staleTime: 0,
    retry: false,
    // A dead link (404) or a finished job stops the polling; a passing error (429, network) does not.
    refetchInterval: (query) => {
      const error = query.state.error;
      if (error instanceof ApiError && error.status === 404) return false;
      if (error) return SHARE_POLL_INTERVAL_MS * 2;
      return isFinishedStatus(query.state.data?.status ?? 'completed') ? false : SHARE_POLL_INTERVAL_MS;
    },
  });
