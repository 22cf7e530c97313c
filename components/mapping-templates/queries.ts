import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/api-fetch';
import type {
  MappingTemplateItem,
  RenameTemplateInput,
  SaveTemplateInput,
} from '@/lib/mapping-templates/mapping-template-schemas';

export const templateKeys = {
  all: ['mapping-templates'] as const,
  list: (module: string) => ['mapping-templates', 'list', module] as const,
};

/** Templates of one module, or all of them when `module` is ''. */
export const templatesQuery = (module = '') =>
  queryOptions({
    queryKey: templateKeys.list(module),
    queryFn: () =>
      apiFetch<{ templates: MappingTemplateItem[] }>(
        `/api/mapping-templates${module ? `?module=${encodeURIComponent(module)}` : ''}`,
      ).then((data) => data.templates),
  });

type Saved = { template: MappingTemplateItem };

/** Saves a new template, or the next version of `id`'s template. */
export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SaveTemplateInput }) =>
      apiFetch<Saved>(id ? `/api/mapping-templates/${id}` : '/api/mapping-templates', {
        method: id ? 'PUT' : 'POST',
        json: input,
      }).then((data) => data.template),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function useRenameTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: RenameTemplateInput }) =>
      apiFetch<void>(`/api/mapping-templates/${id}`, { method: 'PATCH', json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/mapping-templates/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
