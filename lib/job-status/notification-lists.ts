/** The job-state changes an admin can be told about; the database columns take their values from these lists. */
export const NOTIFICATION_EVENTS = ['completed', 'failed', 'needs_attention', 'unreconciled'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
export const NOTIFICATION_KINDS = ['webhook', 'email'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** Whose jobs: the owner's own, everyone's, or one schedule's imports. */
export const NOTIFICATION_SCOPES = ['own', 'all', 'schedule'] as const;
export type NotificationScope = (typeof NOTIFICATION_SCOPES)[number];
export const DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
