import { z } from 'zod';

export const OPERATIONS = ['insert', 'update', 'upsert'] as const;

/** The job-level choices on the mapping step; the form and the import route share this schema. */
export const jobSettingsSchema = z
  .object({
    connectionId: z.string().min(1, 'Choose a connection'),
    module: z.string().min(1, 'Choose a module'),
    operation: z.enum(OPERATIONS),
    findBy: z.string().optional(),
    ignoreEmpty: z.boolean(),
    layoutId: z.string().optional(),
    timeZone: z.string().min(1, 'Choose the time zone of datetimes without an offset'),
  })
  .refine((settings) => settings.operation === 'insert' || Boolean(settings.findBy), {
    path: ['findBy'],
    message: 'Update and upsert need a field to find existing records by',
  });

export type JobSettings = z.infer<typeof jobSettingsSchema>;
