import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CrmField } from '@/lib/crm/crm-field';
import { buildFieldCatalog, type FieldCatalog } from '@/lib/exports/definitions/field-catalog';
import { exportFieldsQuery } from './queries';

/** The module's fields and, for each lookup, the related module's fields (for `Account_Name.Phone`). */
export function useFieldCatalog(connectionId: string, module: string) {
  const fields = useQuery(exportFieldsQuery(connectionId, module));
  const relatedModules = useMemo(
    () => [
      ...new Set(
        (fields.data?.fields ?? [])
          .filter((field) => field.dataType === 'lookup' && field.lookupModule)
          .map((field) => field.lookupModule ?? ''),
      ),
    ],
    [fields.data],
  );
  const related = useQueries({
    queries: relatedModules.map((name) => exportFieldsQuery(connectionId, name)),
  });
  const relatedKey = related.map((query) => query.dataUpdatedAt).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: relatedKey stands for the related queries' data.
  const catalog: FieldCatalog = useMemo(() => {
    const byModule: Record<string, CrmField[]> = {};
    relatedModules.forEach((name, index) => {
      const data = related[index]?.data;
      if (data) byModule[name] = data.fields;
    });
    return buildFieldCatalog(fields.data?.fields ?? [], byModule);
  }, [fields.data, relatedModules, relatedKey]);
  return { catalog, fields: fields.data?.fields ?? [], isLoading: fields.isLoading, error: fields.error };
}
