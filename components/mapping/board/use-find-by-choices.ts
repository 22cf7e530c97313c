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
  const unique = (metadata.data?.fields ?? []).filter((f) => f.isUnique).map((f) => f.apiName);
  return { choices: [...new Set([...findByChoices(field), ...unique])], unique };
}
