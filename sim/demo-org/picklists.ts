export const LEAD_SOURCES = [
  'Advertisement',
  'Cold Call',
  'Employee Referral',
  'External Referral',
  'Online Store',
  'Partner',
  'Public Relations',
  'Sales Email Alias',
  'Seminar Partner',
  'Internal Seminar',
  'Trade Show',
  'Web Download',
  'Web Research',
  'Chat',
];
export const LEAD_STATUSES = [
  'Attempted to Contact',
  'Contact in Future',
  'Contacted',
  'Junk Lead',
  'Lost Lead',
  'Not Contacted',
  'Pre-Qualified',
  'Not Qualified',
];
export const INDUSTRIES = [
  'ASP (Application Service Provider)',
  'Data/Telecom OEM',
  'ERP (Enterprise Resource Planning)',
  'Government/Military',
  'Large Enterprise',
  'Management ISV',
  'Network Equipment Enterprise',
  'Non-management ISV',
  'Optical Networking',
  'Service Provider',
  'Small/Medium Enterprise',
  'Storage Equipment',
  'Storage Service Provider',
  'Systems Integrator',
  'Wireless Industry',
];
export const RATINGS = ['Acquired', 'Active', 'Market Failed', 'Project Cancelled', 'Shut Down'];
export const SALUTATIONS = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.'];
export const STAGES = [
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
  'Closed Lost to Competition',
];
export const ACCOUNT_TYPES = [
  'Analyst',
  'Competitor',
  'Customer',
  'Distributor',
  'Integrator',
  'Investor',
  'Other',
  'Partner',
  'Press',
  'Prospect',
  'Reseller',
  'Supplier',
  'Vendor',
];
export const DEAL_TYPES = ['Existing Business', 'New Business'];
export const PROJECT_STATUSES = ['Planned', 'In Progress', 'On Hold', 'Completed', 'Cancelled'];
export const INTERESTS = ['Analytics', 'Automation', 'Integrations', 'Mobile', 'Support', 'Training'];
