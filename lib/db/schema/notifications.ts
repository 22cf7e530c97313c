import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  NOTIFICATION_EVENTS,
  NOTIFICATION_KINDS,
  NOTIFICATION_SCOPES,
  type NotificationEvent,
  type NotificationKind,
  type NotificationScope,
} from '../../job-status/notification-lists';
import { admins } from './admins';
import { schedules } from './schedules';

export {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  NOTIFICATION_EVENTS,
  NOTIFICATION_KINDS,
  NOTIFICATION_SCOPES,
  type NotificationEvent,
  type NotificationKind,
  type NotificationScope,
};

/**
 * Where an admin wants to hear about jobs: a webhook URL (signed with its own secret, kept encrypted) or an
 * e-mail address (sent through the server's SMTP_URL).
 */
export const notificationChannels = pgTable(
  'notification_channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adminId: uuid('admin_id')
      .notNull()
      .references(() => admins.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    name: text('name').notNull(),
    /** The webhook URL or the e-mail address. */
    target: text('target').notNull(),
    /** Webhooks: the signing secret, sealed with the token-encryption key (bound to the channel id). */
    secretSealed: text('secret_sealed'),
    events: jsonb('events').$type<NotificationEvent[]>().notNull(),
    scope: text('scope', { enum: NOTIFICATION_SCOPES }).notNull().default('own'),
    scheduleId: uuid('schedule_id').references(() => schedules.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('notification_channels_admin_idx').on(table.adminId)],
);

export type NotificationChannel = typeof notificationChannels.$inferSelect;

/** One notice to one channel: what was sent, how many attempts it took, and why the last one failed. */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => notificationChannels.id, { onDelete: 'cascade' }),
    /** The job-state change this notice is about; a retried fan-out never sends it twice to a channel. */
    eventId: uuid('event_id').notNull(),
    event: text('event', { enum: NOTIFICATION_EVENTS }).notNull(),
    subjectKind: text('subject_kind', { enum: ['import', 'export'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The webhook body as sent (e-mails are written from it). */
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('notification_deliveries_once_idx').on(table.eventId, table.channelId),
    index('notification_deliveries_channel_idx').on(table.channelId, table.createdAt),
  ],
);

export type NotificationDelivery = typeof notificationDeliveries.$inferSelect;
