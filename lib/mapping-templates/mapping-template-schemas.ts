import { z } from 'zod';
import { OPERATIONS } from '@/lib/mapping/job-settings';

const matchOptions = {
  findBy: z.string().optional(),
  format: z.string().optional(),
  defaultValue: z.string().optional(),
  valueMap: z.record(z.string(), z.string()).optional(),
};

/** A column's saved decision, by header: matched onto a field (with its options) or deliberately not imported. */
export const savedColumnSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('matched'), apiName: z.string().min(1), ...matchOptions }),
  z.object({ kind: z.literal('ignored') }),
]);
export type SavedColumn = z.infer<typeof savedColumnSchema>;

/** The jsonb `body` of a mapping template (lib/db/schema/mapping-templates.ts). */
export const templateBodySchema = z.object({
  headers: z.array(z.string()).max(2000),
  byHeader: z.record(z.string(), savedColumnSchema),
  fieldDefaults: z.record(z.string(), z.string()),
  ignoreEmpty: z.boolean(),
  layoutId: z.string().optional(),
});
export type TemplateBody = z.infer<typeof templateBodySchema>;

const name = z
  .string()
  .trim()
  .min(1, 'Give the mapping a name.')
  .max(120, 'Keep the name under 120 characters.');

/** POST /api/mapping-templates (a new template) and PUT /api/mapping-templates/[id] (its next version). */
export const saveTemplateSchema = z.object({
  name,
  module: z.string().min(1),
  operation: z.enum(OPERATIONS),
  findBy: z.string().optional(),
  body: templateBodySchema,
});
export type SaveTemplateInput = z.infer<typeof saveTemplateSchema>;

export const renameTemplateSchema = z.object({ name });
export type RenameTemplateInput = z.infer<typeof renameTemplateSchema>;

export const listTemplatesQuerySchema = z.object({ module: z.string().min(1).optional() });

/** The newest live version of a template, as lists show it. */
export type MappingTemplateItem = {
  id: string;
  familyId: string;
  version: number;
  name: string;
  module: string;
  operation: (typeof OPERATIONS)[number];
  findBy: string | null;
  body: TemplateBody;
  createdAt: string;
  createdByName: string | null;
};
