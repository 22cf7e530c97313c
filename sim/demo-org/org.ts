export const ORG = {
  id: '5725767000000020005',
  zgid: '808232144',
  domain_name: 'org808232144',
  company_name: 'Fieldmap Sandbox Inc.',
  time_zone: 'America/Los_Angeles',
  currency: 'US Dollar - USD',
  iso_code: 'USD',
  currency_symbol: '$',
  country_code: 'US',
  primary_email: 'patricia.boyle@sandbox.example.com',
  type: 'production',
} as const;

export type SimUser = {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  role: string;
  profile: string;
};

export const USERS: SimUser[] = [
  {
    id: '5725767000000225013',
    first_name: 'Patricia',
    last_name: 'Boyle',
    email: 'patricia.boyle@sandbox.example.com',
    role: 'CEO',
    profile: 'Administrator',
  },
  {
    id: '5725767000000225027',
    first_name: 'Ravi',
    last_name: 'Kumar',
    email: 'ravi.kumar@sandbox.example.com',
    role: 'Manager',
    profile: 'Standard',
  },
  {
    id: '5725767000000225041',
    first_name: 'Maria',
    last_name: 'Garcia',
    email: 'maria.garcia@sandbox.example.com',
    role: 'Manager',
    profile: 'Standard',
  },
];

/** The user every token acts as (Zoho's "current user"). */
export const CURRENT_USER = USERS[0] as SimUser;

export function userName(user: SimUser): string {
  return `${user.first_name} ${user.last_name}`;
}
