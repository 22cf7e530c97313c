import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/api-fetch';
import type {
  NotificationChannelItem,
  NotificationDeliveryItem,
} from '@/lib/notifications/notification-schemas';

export const notificationKeys = {
  all: ['notifications'] as const,
  channels: ['notifications', 'channels'] as const,
  deliveries: ['notifications', 'deliveries'] as const,
};

export const channelsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.channels,
    queryFn: () =>
      apiFetch<{ channels: NotificationChannelItem[] }>('/api/notifications').then((data) => data.channels),
  });

/** Refreshes while open: deliveries are made and retried in the background. */
export const deliveriesQuery = () =>
  queryOptions({
    queryKey: notificationKeys.deliveries,
    queryFn: () =>
      apiFetch<{ deliveries: NotificationDeliveryItem[] }>('/api/notifications/deliveries').then(
        (data) => data.deliveries,
      ),
    refetchInterval: 5_000,
  });
