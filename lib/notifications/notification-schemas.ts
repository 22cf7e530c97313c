import { z } from 'zod';
import {
  DELIVERY_STATUSES,
  NOTIFICATION_EVENTS,
  NOTIFICATION_KINDS,
  NOTIFICATION_SCOPES,
  type NotificationEvent,
  type NotificationScope,
} from '@/lib/job-status/notification-lists';

export const EVENT_LABELS: Record<NotificationEvent, string> = {
  completed: 'Completed',
  failed: 'Failed',
  needs_attention: 'Needs attention',
  unreconciled: 'Unreconciled (rows not accounted for)',
};

export const SCOPE_LABELS: Record<NotificationScope, string> = {
  own: 'Jobs I start (my schedules included)',
  all: 'Every admin’s jobs',
  schedule: 'One schedule’s imports',
};

/** POST /api/notifications */
export const createNotificationChannelSchema = z
  .object({
    kind: z.enum(NOTIFICATION_KINDS),
    name: z.string().trim().min(1, 'Give it a name.').max(100, 'Keep the name under 100 characters.'),
    target: z.string().trim().min(1, 'Enter where to send it.').max(2000, 'Keep it under 2,000 characters.'),
    events: z.array(z.enum(NOTIFICATION_EVENTS)).min(1, 'Choose at least one event.'),
    scope: z.enum(NOTIFICATION_SCOPES),
    scheduleId: z.uuid().optional(),
  })
  .superRefine((input, context) => {
    if (input.kind === 'email' && !z.email().safeParse(input.target).success)
      context.addIssue({ code: 'custom', path: ['target'], message: 'Enter an e-mail address.' });
    if (input.kind === 'webhook' && !/^https?:\/\/[^/]/i.test(input.target))
      context.addIssue({ code: 'custom', path: ['target'], message: 'Enter a URL starting with https://.' });
    if (input.scope === 'schedule' && !input.scheduleId)
      context.addIssue({ code: 'custom', path: ['scheduleId'], message: 'Choose the schedule.' });
  });
export type CreateNotificationChannelInput = z.infer<typeof createNotificationChannelSchema>;

export const notificationChannelItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  name: z.string(),
  target: z.string(),
  events: z.array(z.enum(NOTIFICATION_EVENTS)),
  scope: z.enum(NOTIFICATION_SCOPES),
  scheduleId: z.uuid().nullable(),
  scheduleName: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationChannelItem = z.infer<typeof notificationChannelItemSchema>;

/** The one answer that carries a webhook's signing secret: shown once; Fieldmap keeps it sealed. */
export const createdNotificationChannelSchema = z.object({
  item: notificationChannelItemSchema,
  secret: z.string().nullable(),
});
export type CreatedNotificationChannel = z.infer<typeof createdNotificationChannelSchema>;

export const notificationDeliveryItemSchema = z.object({
  id: z.uuid(),
  channelId: z.uuid(),
  channelName: z.string(),
  channelKind: z.enum(NOTIFICATION_KINDS),
  event: z.enum(NOTIFICATION_EVENTS),
  subjectKind: z.enum(['import', 'export']),
  subjectId: z.uuid(),
  subjectName: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type NotificationDeliveryItem = z.infer<typeof notificationDeliveryItemSchema>;
