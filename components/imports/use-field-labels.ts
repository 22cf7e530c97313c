'use client';
import { useQueries } from '@tanstack/react-query';
import { fieldsQuery } from '@/components/connect/queries';

/**
 * Field labels of the given modules, for naming fields people recognise ("Last Name", not `Last_Name`). Until
 * the fields are read (or when they cannot be), api_names are shown as they are.
 */
export function useFieldLabels(connectionId: string | null, modules: string[]) {
  const results = useQueries({
    queries: modules.map((module) => ({
      ...fieldsQuery(connectionId ?? '', module),
      enabled: !!connectionId,
    })),
  });
  const labels = new Map<string, string>();
  results.forEach((result, i) => {
    for (const field of result.data?.fields ?? []) labels.set(`${modules[i]}.${field.apiName}`, field.label);
  });
  /** "Last_Name, Email" → "Last Name, Email". */
  return (module: string, columns: string | null) =>
    columns
      ?.split(',')
      .map((name) => labels.get(`${module}.${name.trim()}`) ?? name.trim())
      .join(', ') ?? null;
}
