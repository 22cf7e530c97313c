import type { CrmField } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';

/** Test data: a Leads module shaped like the demo org's, and a column-profile builder. */
const base = { isMandatory: false, isUnique: false, isReadOnly: false, isCustom: false };

export const LEADS_FIELDS: CrmField[] = [
  { ...base, apiName: 'Owner', label: 'Lead Owner', dataType: 'ownerlookup', lookupModule: 'users' },
  {
    ...base,
    apiName: 'Salutation',
    label: 'Salutation',
    dataType: 'picklist',
    picklistValues: ['Mr.', 'Ms.'],
  },
  { ...base, apiName: 'First_Name', label: 'First Name', dataType: 'text', maxLength: 40 },
  { ...base, apiName: 'Last_Name', label: 'Last Name', dataType: 'text', maxLength: 80, isMandatory: true },
  { ...base, apiName: 'Company', label: 'Company', dataType: 'text', maxLength: 200 },
  { ...base, apiName: 'Email', label: 'Email', dataType: 'email', isUnique: true },
  { ...base, apiName: 'Secondary_Email', label: 'Secondary Email', dataType: 'email' },
  { ...base, apiName: 'Phone', label: 'Phone', dataType: 'phone', maxLength: 30 },
  { ...base, apiName: 'Mobile', label: 'Mobile', dataType: 'phone', maxLength: 30 },
  { ...base, apiName: 'Website', label: 'Website', dataType: 'website' },
  {
    ...base,
    apiName: 'Lead_Source',
    label: 'Lead Source',
    dataType: 'picklist',
    picklistValues: ['Web', 'Trade Show'],
  },
  { ...base, apiName: 'No_of_Employees', label: 'No. of Employees', dataType: 'integer' },
  { ...base, apiName: 'Annual_Revenue', label: 'Annual Revenue', dataType: 'currency' },
  { ...base, apiName: 'Email_Opt_Out', label: 'Email Opt Out', dataType: 'boolean' },
  { ...base, apiName: 'Zip_Code', label: 'Zip Code', dataType: 'text', maxLength: 30 },
  { ...base, apiName: 'City', label: 'City', dataType: 'text', maxLength: 100 },
  {
    ...base,
    apiName: 'Preferred_Contact_Date',
    label: 'Preferred Contact Date',
    dataType: 'date',
    isCustom: true,
  },
  { ...base, apiName: 'Last_Webinar', label: 'Last Webinar', dataType: 'datetime', isCustom: true },
  { ...base, apiName: 'Created_Time', label: 'Created Time', dataType: 'datetime', isReadOnly: true },
  { ...base, apiName: 'id', label: 'Record Id', dataType: 'bigint', isReadOnly: true },
];

export function profile(index: number, header: string, extra: Partial<ColumnProfile> = {}): ColumnProfile {
  return {
    index,
    header,
    filled: 10,
    total: 10,
    distinct: 10,
    maxLength: 20,
    inferredType: 'text',
    dateFormats: [],
    samples: [],
    ...extra,
  };
}

export function profiles(...headers: string[]): ColumnProfile[] {
  return headers.map((header, index) => profile(index, header));
}
