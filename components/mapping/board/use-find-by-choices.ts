'use client';
import { useQuery } from '@tanstack/react-query';
import type { CrmField } from '@/lib/crm/crm-field';
import { findByChoices } from '@/lib/mapping/default-options';
import { useMappingConnection } from '../mapping-connection';
import { moduleFieldsQuery } from '../queries';

/**
 * How a lookup can be found: the fixed choices plus the looked-up module's unique fields (Zoho finds a related
 * record by its id or a unique field, e.g. a product by Product_Code).
 */
export function useFindByChoices(field: CrmField): { choices: string[]; unique: string[] } {
  const connectionId = useMappingConnection();
  const target = field.dataType === 'lookup' ? (field.lookupModule ?? '') : '';
  const metadata = useQuery(moduleFieldsQuery(connectionId, target));
  const fields = metadata.data?.fields ?? [];
  const unique = fields.filter((f) => f.isUnique).map((f) => f.apiName);
  const choices = findByChoices(
    field,
    fields.map((f) => f.apiName),
  );
  return { choices: [...new Set([...choices, ...unique])], unique };
}
