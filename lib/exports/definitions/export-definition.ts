import { z } from 'zod';
import { CRM_DATA_TYPES } from '@/lib/crm/crm-field';
import { ALL_COMPARATORS } from '../../zoho/wire/comparators';

/** A field path: `Last_Name`, `$converted`, or one step through a lookup (`Owner.last_name`). */
export const fieldPathSchema = z.string().regex(/^\$?\w+(\.\w+)?$/, 'Not a field API name.');

export const conditionSchema = z.object({
  type: z.literal('condition'),
  field: z.string(),
  /** The field's type when the condition was written; the server checks it against Zoho's metadata. */
  dataType: z.enum(CRM_DATA_TYPES),
  comparator: z.enum(ALL_COMPARATORS),
  /** Single-value comparators. */
  value: z.string().max(255, 'Zoho takes at most 255 characters here.'),
  /** `in` / `not_in` (any number) and `between` / `not_between` (from, to). */
  values: z.array(z.string().max(255, 'Zoho takes at most 255 characters here.')).max(100),
});

export type CriteriaCondition = z.infer<typeof conditionSchema>;
export type CriteriaGroup = { type: 'group'; operator: 'and' | 'or'; children: CriteriaNode[] };
export type CriteriaNode = CriteriaCondition | CriteriaGroup;

export const groupSchema: z.ZodType<CriteriaGroup, CriteriaGroup> = z.object({
  type: z.literal('group'),
  operator: z.enum(['and', 'or']),
  get children() {
    return z.array(z.union([conditionSchema, groupSchema]));
  },
});

export const FILTER_MODES = ['none', 'criteria', 'cvid'] as const;

/** The builder's values: stored on a saved definition and snapshotted on every run. */
export const exportDefinitionSchema = z.object({
  name: z.string().trim().min(1, 'Name the export.').max(120),
  connectionId: z.uuid('Pick a connection.'),
  module: z.string().regex(/^\w+$/, 'Pick a module.'),
  fileType: z.enum(['csv', 'ics']),
  fields: z.array(fieldPathSchema).max(500),
  filter: z.enum(FILTER_MODES),
  criteria: groupSchema,
  cvid: z.string().trim(),
});

export type ExportDefinition = z.infer<typeof exportDefinitionSchema>;

export const emptyGroup = (operator: 'and' | 'or' = 'and'): CriteriaGroup => ({
  type: 'group',
  operator,
  children: [],
});
