'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import { apiFetch } from '@/lib/http/api-fetch';
import { FieldsTable } from './fields-table';
import { formatAge } from './format-age';
import { connectionKeys, fieldsQuery, modulesQuery } from './queries';

/** The connected org's modules and their fields, from Fieldmap's metadata cache (refreshable). */
export function MetadataExplorer({ connectionId }: { connectionId: string }) {
  const selectId = useId();
  const queryClient = useQueryClient();
  const modules = useQuery(modulesQuery(connectionId));
  const [module, setModule] = useState('Leads');
  const fields = useQuery({ ...fieldsQuery(connectionId, module), enabled: Boolean(module) });
  const [isRefreshing, setIsRefreshing] = useState(false);

  async function refresh() {
    setIsRefreshing(true);
    try {
      const fresh = await apiFetch<{ fields: CrmField[]; layouts: CrmLayout[]; fetchedAt: string }>(
        `/api/connections/${connectionId}/modules/${module}/fields?refresh=1`,
      );
      queryClient.setQueryData(connectionKeys.fields(connectionId, module), fresh);
      await queryClient.invalidateQueries({ queryKey: connectionKeys.modules(connectionId) });
    } finally {
      setIsRefreshing(false);
    }
  }

  if (modules.isError) return <Alert>{modules.error.message}</Alert>;
  const mandatory = new Set(fields.data?.layouts[0]?.mandatoryFields ?? []);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
            Module
          </label>
          <select
            id={selectId}
            value={module}
            onChange={(event) => setModule(event.target.value)}
            className="mt-1 block h-9 w-64 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {(modules.data?.modules ?? []).map((candidate) => (
              <option key={candidate.apiName} value={candidate.apiName}>
                {candidate.label}
                {candidate.canBulkWrite ? '' : ' (export only)'}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" size="sm" onClick={refresh} disabled={isRefreshing}>
          {isRefreshing ? 'Refreshing…' : 'Refresh from Zoho'}
        </Button>
        {fields.data ? (
          <span className="text-xs text-slate-500">Fields fetched {formatAge(fields.data.fetchedAt)}</span>
        ) : null}
      </div>
      {fields.isError ? <Alert>{fields.error.message}</Alert> : null}
      {fields.isPending ? <p className="text-sm text-slate-500">Loading fields…</p> : null}
      {fields.data ? <FieldsTable fields={fields.data.fields} mandatory={mandatory} /> : null}
    </div>
  );
}
