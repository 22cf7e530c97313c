import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { admins } from './admins';

/**
 * A saved mapping, by header name (not column position), so it can be offered for the next file. Editing makes a
 * new version in the same family; the newest live version is the template.
 */
export const mappingTemplates = pgTable('mapping_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  familyId: uuid('family_id').notNull(),
  version: integer('version').notNull().default(1),
  name: text('name').notNull(),
  module: text('module').notNull(),
  operation: text('operation', { enum: ['insert', 'update', 'upsert'] }).notNull(),
  findBy: text('find_by'),
  /** { headers: string[], byHeader: Record<header, ColumnMapping>, fieldDefaults, ignoreEmpty, layoutId? } */
  body: jsonb('body').notNull(),
  createdBy: uuid('created_by').references(() => admins.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

export type MappingTemplate = typeof mappingTemplates.$inferSelect;
