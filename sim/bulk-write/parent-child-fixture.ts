/**
 * Leads with their Visits (subform), Interested_Products (multi-select lookup via Leads_X_Products) and
 * Assistants (multi-user lookup via Leads_X_Users, users found by email).
 */
export const LEADS_CSV =
  'Ref,Last_Name,Company\nL1,Lovelace,Analytical\nL2,Hopper,Navy\nL3,Turing,Bletchley\n';
export const VISITS_CSV =
  'Lead_Ref,Visit_Date,Visit_Type,Notes\nL1,2026-01-05,Demo,first\nL1,2026-02-05,Call,second\nL3,2026-03-01,On-site,only\nL9,2026-04-01,Demo,orphan\n';
export const LINKS_CSV = 'Lead_Ref,Product\nL1,PRD-CLOUD\nL2,PRD-CLOUD\nL2,PRD-MIGRATE\n';
export const ASSISTANTS_CSV =
  'Lead_Ref,Assistant\nL1,ravi.kumar@sandbox.example.com\nL1,maria.garcia@sandbox.example.com\nL3,nobody@example.com\n';

export const OWNER = { api_name: 'Owner', default_value: { value: '5725767000000225027' } };

export function familyResources(fileId: string) {
  return [
    {
      type: 'data',
      module: { api_name: 'Leads' },
      file_id: fileId,
      file_names: ['leads.csv'],
      field_mappings: [{ api_name: 'Last_Name', index: 1 }, { api_name: 'Company', index: 2 }, OWNER],
    },
    {
      type: 'data',
      module: { api_name: 'Visits' },
      file_id: fileId,
      file_names: ['visits.csv'],
      field_mappings: [
        { api_name: 'Parent_Id', index: 0, parent_column_index: 0 },
        { api_name: 'Visit_Date', index: 1 },
        { api_name: 'Visit_Type', index: 2 },
        { api_name: 'Notes', index: 3 },
      ],
    },
    {
      type: 'data',
      module: { api_name: 'Leads_X_Products' },
      file_id: fileId,
      file_names: ['links.csv'],
      field_mappings: [
        { api_name: 'Leads', index: 0, parent_column_index: 0 },
        { api_name: 'Products', index: 1, find_by: 'Product_Code' },
      ],
    },
    {
      type: 'data',
      module: { api_name: 'Leads_X_Users' },
      file_id: fileId,
      file_names: ['assistants.csv'],
      field_mappings: [
        { api_name: 'Leads', index: 0, parent_column_index: 0 },
        { api_name: 'Users', index: 1, find_by: 'email' },
      ],
    },
  ];
}

export const FAMILY_FILES = [
  { name: 'leads.csv', content: LEADS_CSV },
  { name: 'visits.csv', content: VISITS_CSV },
  { name: 'links.csv', content: LINKS_CSV },
  { name: 'assistants.csv', content: ASSISTANTS_CSV },
];
