import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/api-fetch';
import type { ScheduleItem, ScheduleRunItem } from '@/lib/schedules/schedule-schemas';

export const scheduleKeys = {
  all: ['schedules'] as const,
  runs: (id: string) => ['schedules', id, 'runs'] as const,
};

/** Refreshes now and then: schedules fire with nobody watching. */
export const schedulesQuery = () =>
  queryOptions({
    queryKey: scheduleKeys.all,
    queryFn: () => apiFetch<{ schedules: ScheduleItem[] }>('/api/schedules').then((data) => data.schedules),
    refetchInterval: 15_000,
  });

export const scheduleRunsQuery = (id: string) =>
  queryOptions({
    queryKey: scheduleKeys.runs(id),
    queryFn: () =>
      apiFetch<{ runs: ScheduleRunItem[] }>(`/api/schedules/${id}/runs`).then((data) => data.runs),
    refetchInterval: 15_000,
  });
