import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ConnectionView as ConnectionSummary } from '@/lib/connections/list-connections';
import type { CrmModule } from '@/lib/crm/crm-field';
import type { JobSettings } from '@/lib/mapping/job-settings';

/** Picks the only (or first) connection and Leads (or the first bulk-write module) until the admin chooses. */
export function useDefaultSettings(
  form: UseFormReturn<JobSettings>,
  connections: ConnectionSummary[] | undefined,
  modules: CrmModule[] | undefined,
) {
  useEffect(() => {
    const [first] = connections ?? [];
    if (first && !form.getValues('connectionId'))
      form.setValue('connectionId', first.id, { shouldValidate: true });
  }, [connections, form]);
  useEffect(() => {
    const choice = modules?.find((m) => m.apiName === 'Leads') ?? modules?.[0];
    if (choice && !form.getValues('module'))
      form.setValue('module', choice.apiName, { shouldValidate: true });
  }, [modules, form]);
}
