import { CHILD_DEMO_MODULES } from './child-modules';
import type { FieldDef } from './field-def';
import {
  ACCOUNT_TYPES,
  DEAL_TYPES,
  INDUSTRIES,
  INTERESTS,
  LEAD_SOURCES,
  LEAD_STATUSES,
  PROJECT_STATUSES,
  RATINGS,
  SALUTATIONS,
  STAGES,
} from './picklists';

export type ModuleDef = {
  api: string;
  singular: string;
  plural: string;
  custom?: boolean;
  /** Zoho's generated_type for modules that only exist as children of another module. */
  generatedType?: 'subform' | 'linking';
  /** Subform and linking modules: the parent module, and the field of this module that points to it. */
  parent?: { module: string; field: string };
  /** The field whose value names a record (what a lookup shows). */
  displayField: string;
  fields: FieldDef[];
};

const SYSTEM: FieldDef[] = [
  { api: 'id', label: 'Record Id', type: 'bigint', readOnly: true },
  { api: 'Created_Time', label: 'Created Time', type: 'datetime', readOnly: true },
  { api: 'Modified_Time', label: 'Modified Time', type: 'datetime', readOnly: true },
  { api: 'Layout', label: 'Layout', type: 'layout' },
];
const OWNER: FieldDef = { api: 'Owner', label: 'Lead Owner', type: 'ownerlookup', layoutRequired: true };

export const MODULES: ModuleDef[] = [
  {
    api: 'Leads',
    singular: 'Lead',
    plural: 'Leads',
    displayField: 'Last_Name',
    fields: [
      OWNER,
      { api: 'Salutation', label: 'Salutation', type: 'picklist', picklist: SALUTATIONS },
      { api: 'First_Name', label: 'First Name', type: 'text', length: 40 },
      {
        api: 'Last_Name',
        label: 'Last Name',
        type: 'text',
        length: 80,
        systemMandatory: true,
        layoutRequired: true,
      },
      { api: 'Company', label: 'Company', type: 'text', length: 200 },
      { api: 'Email', label: 'Email', type: 'email', unique: true },
      { api: 'Phone', label: 'Phone', type: 'phone' },
      { api: 'Mobile', label: 'Mobile', type: 'phone' },
      { api: 'Website', label: 'Website', type: 'website' },
      { api: 'Lead_Source', label: 'Lead Source', type: 'picklist', picklist: LEAD_SOURCES },
      { api: 'Lead_Status', label: 'Lead Status', type: 'picklist', picklist: LEAD_STATUSES },
      { api: 'Industry', label: 'Industry', type: 'picklist', picklist: INDUSTRIES },
      { api: 'Rating', label: 'Rating', type: 'picklist', picklist: RATINGS },
      { api: 'Annual_Revenue', label: 'Annual Revenue', type: 'currency', decimals: 2 },
      { api: 'No_of_Employees', label: 'No. of Employees', type: 'integer' },
      { api: 'Email_Opt_Out', label: 'Email Opt Out', type: 'boolean' },
      { api: 'Street', label: 'Street', type: 'text', length: 250 },
      { api: 'City', label: 'City', type: 'text', length: 100 },
      { api: 'State', label: 'State', type: 'text', length: 100 },
      { api: 'Zip_Code', label: 'Zip Code', type: 'text', length: 30 },
      { api: 'Country', label: 'Country', type: 'text', length: 100 },
      { api: 'Description', label: 'Description', type: 'textarea' },
      { api: 'Preferred_Contact_Date', label: 'Preferred Contact Date', type: 'date', custom: true },
      { api: 'Last_Webinar', label: 'Last Webinar', type: 'datetime', custom: true },
      {
        api: 'Interests',
        label: 'Interests',
        type: 'multiselectpicklist',
        picklist: INTERESTS,
        custom: true,
      },
      { api: 'Visits', label: 'Visits', type: 'subform', childModule: 'Visits', custom: true },
      {
        api: 'Interested_Products',
        label: 'Interested Products',
        type: 'multiselectlookup',
        lookup: 'Products',
        childModule: 'Leads_X_Products',
        custom: true,
      },
      {
        api: 'Assistants',
        label: 'Assistants',
        type: 'multiuserlookup',
        lookup: 'Users',
        childModule: 'Leads_X_Users',
        custom: true,
      },
      ...SYSTEM,
    ],
  },
  ...CHILD_DEMO_MODULES,
  {
    api: 'Contacts',
    singular: 'Contact',
    plural: 'Contacts',
    displayField: 'Last_Name',
    fields: [
      { ...OWNER, label: 'Contact Owner' },
      { api: 'Salutation', label: 'Salutation', type: 'picklist', picklist: SALUTATIONS },
      { api: 'First_Name', label: 'First Name', type: 'text', length: 40 },
      {
        api: 'Last_Name',
        label: 'Last Name',
        type: 'text',
        length: 80,
        systemMandatory: true,
        layoutRequired: true,
      },
      { api: 'Email', label: 'Email', type: 'email', unique: true },
      { api: 'Phone', label: 'Phone', type: 'phone' },
      { api: 'Mobile', label: 'Mobile', type: 'phone' },
      { api: 'Account_Name', label: 'Account Name', type: 'lookup', lookup: 'Accounts' },
      { api: 'Title', label: 'Title', type: 'text', length: 100 },
      { api: 'Department', label: 'Department', type: 'text', length: 100 },
      { api: 'Date_of_Birth', label: 'Date of Birth', type: 'date' },
      { api: 'Lead_Source', label: 'Lead Source', type: 'picklist', picklist: LEAD_SOURCES },
      { api: 'Email_Opt_Out', label: 'Email Opt Out', type: 'boolean' },
      { api: 'Mailing_City', label: 'Mailing City', type: 'text', length: 100 },
      { api: 'Mailing_Country', label: 'Mailing Country', type: 'text', length: 100 },
      { api: 'Description', label: 'Description', type: 'textarea' },
      ...SYSTEM,
    ],
  },
  {
    api: 'Accounts',
    singular: 'Account',
    plural: 'Accounts',
    displayField: 'Account_Name',
    fields: [
      { ...OWNER, label: 'Account Owner' },
      {
        api: 'Account_Name',
        label: 'Account Name',
        type: 'text',
        length: 200,
        systemMandatory: true,
        layoutRequired: true,
        unique: true,
      },
      {
        api: 'Account_Number',
        label: 'Account Number',
        type: 'text',
        length: 40,
        unique: true,
        custom: true,
      },
      { api: 'Phone', label: 'Phone', type: 'phone' },
      { api: 'Website', label: 'Website', type: 'website' },
      { api: 'Industry', label: 'Industry', type: 'picklist', picklist: INDUSTRIES },
      { api: 'Account_Type', label: 'Account Type', type: 'picklist', picklist: ACCOUNT_TYPES },
      { api: 'Annual_Revenue', label: 'Annual Revenue', type: 'currency', decimals: 2 },
      { api: 'Employees', label: 'Employees', type: 'integer' },
      { api: 'Billing_City', label: 'Billing City', type: 'text', length: 100 },
      { api: 'Billing_Country', label: 'Billing Country', type: 'text', length: 100 },
      { api: 'Description', label: 'Description', type: 'textarea' },
      ...SYSTEM,
    ],
  },
  {
    api: 'Deals',
    singular: 'Deal',
    plural: 'Deals',
    displayField: 'Deal_Name',
    fields: [
      { ...OWNER, label: 'Deal Owner' },
      {
        api: 'Deal_Name',
        label: 'Deal Name',
        type: 'text',
        length: 120,
        systemMandatory: true,
        layoutRequired: true,
      },
      { api: 'Amount', label: 'Amount', type: 'currency', decimals: 2 },
      {
        api: 'Stage',
        label: 'Stage',
        type: 'picklist',
        picklist: STAGES,
        systemMandatory: true,
        layoutRequired: true,
      },
      {
        api: 'Closing_Date',
        label: 'Closing Date',
        type: 'date',
        systemMandatory: true,
        layoutRequired: true,
      },
      { api: 'Account_Name', label: 'Account Name', type: 'lookup', lookup: 'Accounts' },
      { api: 'Contact_Name', label: 'Contact Name', type: 'lookup', lookup: 'Contacts' },
      { api: 'Probability', label: 'Probability (%)', type: 'percent' },
      { api: 'Type', label: 'Type', type: 'picklist', picklist: DEAL_TYPES },
      { api: 'Lead_Source', label: 'Lead Source', type: 'picklist', picklist: LEAD_SOURCES },
      { api: 'Description', label: 'Description', type: 'textarea' },
      ...SYSTEM,
    ],
  },
  {
    api: 'Events',
    singular: 'Meeting',
    plural: 'Meetings',
    displayField: 'Event_Title',
    fields: [
      { ...OWNER, label: 'Host' },
      {
        api: 'Event_Title',
        label: 'Title',
        type: 'text',
        length: 255,
        systemMandatory: true,
        layoutRequired: true,
      },
      { api: 'Start_DateTime', label: 'From', type: 'datetime', systemMandatory: true, layoutRequired: true },
      { api: 'End_DateTime', label: 'To', type: 'datetime', systemMandatory: true, layoutRequired: true },
      { api: 'All_day', label: 'All day', type: 'boolean' },
      { api: 'Venue', label: 'Location', type: 'text', length: 255 },
      { api: 'Description', label: 'Description', type: 'textarea' },
      ...SYSTEM,
    ],
  },
  {
    api: 'Projects',
    singular: 'Project',
    plural: 'Projects',
    custom: true,
    displayField: 'Name',
    fields: [
      { ...OWNER, label: 'Project Owner' },
      {
        api: 'Name',
        label: 'Project Name',
        type: 'text',
        length: 120,
        systemMandatory: true,
        layoutRequired: true,
      },
      { api: 'Project_Code', label: 'Project Code', type: 'text', length: 20, unique: true, custom: true },
      { api: 'Account', label: 'Account', type: 'lookup', lookup: 'Accounts', custom: true },
      { api: 'Budget', label: 'Budget', type: 'double', decimals: 2, custom: true },
      { api: 'Start_Date', label: 'Start Date', type: 'date', custom: true },
      { api: 'Status', label: 'Status', type: 'picklist', picklist: PROJECT_STATUSES, custom: true },
      { api: 'Progress', label: 'Progress', type: 'percent', custom: true },
      { api: 'Website', label: 'Website', type: 'website', custom: true },
      ...SYSTEM,
    ],
  },
];

export function findModule(apiName: string): ModuleDef | undefined {
  return MODULES.find((module) => module.api.toLowerCase() === apiName.toLowerCase());
}
