'use client';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/api-fetch';

/** True while the built-in sandbox does not answer (checked every 5 s, only when `isWatched`). */
export function useSandboxDown(isWatched: boolean): boolean {
  const health = useQuery({
    queryKey: ['sandbox', 'health'],
    queryFn: () => apiFetch<{ isUp: boolean }>('/api/sandbox/health'),
    enabled: isWatched,
    refetchInterval: 5_000,
  });
  return isWatched && health.data?.isUp === false;
}
