'use client';
import { useMemo } from 'react';
import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import { defaultOptions } from '@/lib/mapping/default-options';
import { mandatoryFields } from '@/lib/mapping/mandatory-fields';
import type { MappingAction } from '@/lib/mapping/mapping-reducer';

/** What a mapping board needs besides its state: the mandatory fields, and a drop that starts with sane options. */
export function useBoardHandlers(options: {
  columns: ColumnProfile[];
  fields: CrmField[];
  layouts: CrmLayout[];
  layoutId?: string;
  dispatch: (action: MappingAction) => void;
}) {
  const { columns, fields, layouts, layoutId, dispatch } = options;
  const mandatory = useMemo(
    () => new Set(mandatoryFields(fields, layouts, layoutId).map((field) => field.apiName)),
    [fields, layouts, layoutId],
  );
  const onMap = (index: number, apiName: string) => {
    const column = columns.find((c) => c.index === index);
    const field = fields.find((f) => f.apiName === apiName);
    dispatch({ type: 'map', index, apiName, options: column && field ? defaultOptions(column, field) : {} });
  };
  return { mandatory, onMap };
}
