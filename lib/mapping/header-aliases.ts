import { normalizeName } from './normalize-name';

/**
 * Common CRM export headers → Zoho's standard api_names, in order of preference (the first one the module
 * has wins: "Company name" is `Company` on Leads and `Account_Name` on Contacts).
 */
const ALIASES: [string[], string[]][] = [
  [['e-mail', 'email address', 'mail', 'e-mail address', 'work email', 'primary email'], ['Email']],
  [['email 2', 'alternate email', 'other email', 'personal email', 'secondary e-mail'], ['Secondary_Email']],
  [['surname', 'family name', 'last', 'lname', 'second name'], ['Last_Name']],
  [['given name', 'first', 'fname', 'forename', 'christian name'], ['First_Name']],
  [
    ['telephone', 'tel', 'phone number', 'work phone', 'office phone', 'business phone', 'landline'],
    ['Phone'],
  ],
  [['mobile phone', 'cell', 'cell phone', 'cellphone', 'mobile number', 'mobile no', 'handy'], ['Mobile']],
  [
    ['company name', 'organisation', 'organization', 'employer', 'business name', 'firm'],
    ['Company', 'Account_Name'],
  ],
  [['account', 'account name'], ['Account_Name']],
  [
    ['zip', 'zip code', 'postal code', 'postcode', 'post code', 'zipcode', 'plz'],
    ['Zip_Code', 'Mailing_Zip', 'Billing_Code'],
  ],
  [
    ['town', 'city town'],
    ['City', 'Mailing_City', 'Billing_City'],
  ],
  [
    ['province', 'state province', 'region', 'state region'],
    ['State', 'Mailing_State', 'Billing_State'],
  ],
  [
    ['nation', 'country region'],
    ['Country', 'Mailing_Country', 'Billing_Country'],
  ],
  [
    ['address', 'street address', 'address line 1', 'address 1'],
    ['Street', 'Mailing_Street', 'Billing_Street'],
  ],
  [
    ['title', 'job title', 'position', 'job role'],
    ['Designation', 'Title'],
  ],
  [['web site', 'url', 'homepage', 'web', 'company website'], ['Website']],
  [['source', 'lead origin', 'origin'], ['Lead_Source']],
  [['status'], ['Lead_Status']],
  [['notes', 'comments', 'note', 'remarks'], ['Description']],
  [['owner email', 'lead owner', 'record owner', 'owner', 'assigned to', 'sales rep'], ['Owner']],
  [['revenue', 'annual revenue', 'turnover'], ['Annual_Revenue']],
  [
    ['employees', 'number of employees', 'headcount', 'company size', 'staff'],
    ['No_of_Employees', 'Employees'],
  ],
  [['sector', 'vertical'], ['Industry']],
  [['prefix', 'honorific'], ['Salutation']],
  [['dob', 'birthday', 'birth date', 'date of birth'], ['Date_of_Birth']],
  [['unsubscribed', 'opt out', 'email opt-out', 'do not email'], ['Email_Opt_Out']],
];

const BY_HEADER = new Map<string, string[]>(
  ALIASES.flatMap(([headers, targets]) => headers.map((header) => [normalizeName(header), targets])),
);

/** Targets an alias proposes for a header, most preferred first; empty when the header is no known alias. */
export function aliasTargets(header: string): string[] {
  return BY_HEADER.get(normalizeName(header)) ?? [];
}
