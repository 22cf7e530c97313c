import type { FieldDef } from './field-def';
import type { ModuleDef } from './modules';

const RECORD_TIMES: FieldDef[] = [
  { api: 'id', label: 'Record Id', type: 'bigint', readOnly: true },
  { api: 'Created_Time', label: 'Created Time', type: 'datetime', readOnly: true },
  { api: 'Modified_Time', label: 'Modified Time', type: 'datetime', readOnly: true },
];

/**
 * Leads' children: the subform `Visits` (rows tied to their lead by `Parent_Id`), the `Products` module and the
 * linking module `Leads_X_Products` behind Leads' multi-select lookup `Interested_Products`, and the linking
 * module `Leads_X_Users` behind the multi-user lookup `Assistants`.
 */
export const CHILD_DEMO_MODULES: ModuleDef[] = [
  {
    api: 'Visits',
    singular: 'Visit',
    plural: 'Visits',
    custom: true,
    generatedType: 'subform',
    parent: { module: 'Leads', field: 'Parent_Id' },
    displayField: 'Visit_Date',
    fields: [
      { api: 'Parent_Id', label: 'Parent Id', type: 'lookup', lookup: 'Leads', systemMandatory: true },
      { api: 'Visit_Date', label: 'Visit Date', type: 'date', custom: true },
      {
        api: 'Visit_Type',
        label: 'Visit Type',
        type: 'picklist',
        picklist: ['Demo', 'On-site', 'Call'],
        custom: true,
      },
      { api: 'Duration_Minutes', label: 'Duration (minutes)', type: 'integer', custom: true },
      { api: 'Notes', label: 'Notes', type: 'text', length: 255, custom: true },
      ...RECORD_TIMES,
    ],
  },
  {
    api: 'Products',
    singular: 'Product',
    plural: 'Products',
    displayField: 'Product_Name',
    fields: [
      { api: 'Owner', label: 'Product Owner', type: 'ownerlookup', layoutRequired: true },
      {
        api: 'Product_Name',
        label: 'Product Name',
        type: 'text',
        length: 120,
        systemMandatory: true,
        layoutRequired: true,
      },
      { api: 'Product_Code', label: 'Product Code', type: 'text', length: 40, unique: true },
      { api: 'Unit_Price', label: 'Unit Price', type: 'currency', decimals: 2 },
      { api: 'Product_Active', label: 'Product Active', type: 'boolean' },
      ...RECORD_TIMES,
      { api: 'Layout', label: 'Layout', type: 'layout' },
    ],
  },
  {
    api: 'Leads_X_Products',
    singular: 'Leads X Product',
    plural: 'Leads X Products',
    custom: true,
    generatedType: 'linking',
    parent: { module: 'Leads', field: 'Leads' },
    displayField: 'id',
    fields: [
      { api: 'Leads', label: 'Leads', type: 'lookup', lookup: 'Leads', systemMandatory: true },
      { api: 'Products', label: 'Products', type: 'lookup', lookup: 'Products', systemMandatory: true },
      ...RECORD_TIMES,
    ],
  },
  {
    api: 'Leads_X_Users',
    singular: 'Leads X User',
    plural: 'Leads X Users',
    custom: true,
    generatedType: 'linking',
    parent: { module: 'Leads', field: 'Leads' },
    displayField: 'id',
    fields: [
      { api: 'Leads', label: 'Leads', type: 'lookup', lookup: 'Leads', systemMandatory: true },
      { api: 'Users', label: 'Users', type: 'userlookup', systemMandatory: true },
      ...RECORD_TIMES,
    ],
  },
];
