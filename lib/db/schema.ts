// Drizzle needs every table in one object for typed queries; each table lives in lib/db/schema/<area>.ts.
export * from './schema/admins';
export * from './schema/api-tokens';
export * from './schema/connections';
export * from './schema/exports';
export * from './schema/imports';
export * from './schema/mapping-templates';
export * from './schema/meta';
export * from './schema/metadata-cache';
export * from './schema/notifications';
export * from './schema/schedules';
export * from './schema/share-links';
export * from './schema/uploads';
