import { useMemo } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { type JobSettings, jobSettingsSchema } from '@/lib/mapping/job-settings';

/**
 * The form's settings as one object that only changes when a value does (watch() makes a new one every render,
 * which would restart the row check), and the same settings once they are valid.
 */
export function useStableSettings(form: UseFormReturn<JobSettings>) {
  const { connectionId, module, operation, findBy, ignoreEmpty, layoutId, timeZone } = form.watch();
  return useMemo(() => {
    const settings: JobSettings = {
      connectionId,
      module,
      operation,
      findBy,
      ignoreEmpty,
      layoutId,
      timeZone,
    };
    return { settings, valid: jobSettingsSchema.safeParse(settings).data };
  }, [connectionId, module, operation, findBy, ignoreEmpty, layoutId, timeZone]);
}
