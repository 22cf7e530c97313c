import type { ModuleDef } from '../demo-org/modules';
import { CURRENT_USER, userName } from '../demo-org/org';
import { stableId } from '../demo-org/stable-id';

export function toZohoModule(module: ModuleDef, sequence: number) {
  return {
    has_more_profiles: false,
    access_type: 'org_based',
    deletable: true,
    description: null,
    creatable: true,
    recycle_bin_on_delete: true,
    modified_time: '2026-01-05T09:00:00-08:00',
    plural_label: module.plural,
    presence_sub_menu: true,
    actual_plural_label: module.plural,
    id: stableId(`module.${module.api}`),
    visibility: 1,
    convertable: module.api === 'Leads',
    sub_menu_available: true,
    editable: true,
    actual_singular_label: module.singular,
    profiles: [{ name: 'Administrator', id: '5725767000000026011' }],
    show_as_tab: true,
    web_link: null,
    sequence_number: sequence,
    singular_label: module.singular,
    viewable: true,
    api_supported: true,
    api_name: module.api,
    quick_create: true,
    modified_by: { name: userName(CURRENT_USER), id: CURRENT_USER.id },
    generated_type: module.generatedType ?? (module.custom ? 'custom' : 'default'),
    feeds_required: false,
    arguments: [],
    module_name: module.plural,
    profile_count: 1,
    business_card_field_limit: 5,
    parent_module: module.parent
      ? { api_name: module.parent.module, id: stableId(`module.${module.parent.module}`) }
      : {},
    status: 'visible',
  };
}
