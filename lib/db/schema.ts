// Drizzle needs every table in one object for typed queries; each table lives in lib/db/schema/<area>.ts.
export * from './schema/admins';
export * from './schema/connections';
export * from './schema/meta';
export * from './schema/metadata-cache';
export * from './schema/uploads';
