import { queryOptions } from '@tanstack/react-query';
import { fieldsQuery, modulesQuery } from '@/components/connect/queries';

// Built on the Connection page's queries, so the board and that page share one cache.
export const bulkWriteModulesQuery = (connectionId: string) =>
  queryOptions({
    ...modulesQuery(connectionId),
    select: (data) => data.modules.filter((module) => module.canBulkWrite),
    enabled: connectionId !== '',
  });

export const moduleFieldsQuery = (connectionId: string, module: string) =>
  queryOptions({ ...fieldsQuery(connectionId, module), enabled: connectionId !== '' && module !== '' });
