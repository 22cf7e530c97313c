import type { RecordStore } from '../store/record-store';
import { CURRENT_USER, USERS, userName } from './org';

const owner = (index = 0) => {
  const user = USERS[index] ?? CURRENT_USER;
  return { id: user.id, name: userName(user) };
};

/** A small, realistic starting org so exports and lookups have something to find. */
export function seedRecords(store: RecordStore): void {
  const acme = store.insert('Accounts', {
    Owner: owner(),
    Account_Name: 'Acme Corporation',
    Account_Number: 'ACC-1001',
    Phone: '+1 415 555 0100',
    Website: 'https://acme.example.com',
    Industry: 'Large Enterprise',
    Account_Type: 'Customer',
    Employees: 1200,
    Billing_City: 'San Francisco',
    Billing_Country: 'USA',
  });
  const globex = store.insert('Accounts', {
    Owner: owner(1),
    Account_Name: 'Globex',
    Account_Number: 'ACC-1002',
    Phone: '+1 212 555 0199',
    Industry: 'Service Provider',
    Account_Type: 'Prospect',
    Employees: 300,
    Billing_City: 'New York',
    Billing_Country: 'USA',
  });
  store.insert('Accounts', {
    Owner: owner(2),
    Account_Name: 'Initech',
    Account_Number: 'ACC-1003',
    Industry: 'Small/Medium Enterprise',
    Account_Type: 'Partner',
    Employees: 45,
    Billing_City: 'Austin',
    Billing_Country: 'USA',
  });

  const sam = store.insert('Contacts', {
    Owner: owner(),
    First_Name: 'Sam',
    Last_Name: 'Carter',
    Email: 'sam.carter@acme.example.com',
    Phone: '+1 415 555 0101',
    Account_Name: { id: acme.id, name: 'Acme Corporation' },
    Title: 'VP Operations',
    Date_of_Birth: '1984-03-12',
    Lead_Source: 'Trade Show',
  });
  store.insert('Contacts', {
    Owner: owner(1),
    First_Name: 'Lena',
    Last_Name: 'Park',
    Email: 'lena.park@globex.example.com',
    Account_Name: { id: globex.id, name: 'Globex' },
    Title: 'CTO',
    Lead_Source: 'Web Research',
  });

  store.insert('Leads', {
    Owner: owner(),
    First_Name: 'Jonas',
    Last_Name: 'Weber',
    Company: 'Weber GmbH',
    Email: 'jonas@weber.example.de',
    Lead_Source: 'Advertisement',
    Lead_Status: 'Contacted',
    Country: 'Germany',
  });
  store.insert('Leads', {
    Owner: owner(2),
    First_Name: 'Aiko',
    Last_Name: 'Tanaka',
    Company: 'Tanaka KK',
    Email: 'aiko@tanaka.example.jp',
    Lead_Source: 'Chat',
    Lead_Status: 'Not Contacted',
    Country: 'Japan',
  });

  store.insert('Deals', {
    Owner: owner(),
    Deal_Name: 'Acme renewal 2027',
    Amount: 48000,
    Stage: 'Negotiation/Review',
    Closing_Date: '2027-01-31',
    Account_Name: { id: acme.id, name: 'Acme Corporation' },
    Contact_Name: { id: sam.id, name: 'Sam Carter' },
    Probability: 75,
    Type: 'Existing Business',
  });

  store.insert('Events', {
    Owner: owner(),
    Event_Title: 'Quarterly review with Acme',
    Start_DateTime: '2026-12-02T10:00:00-08:00',
    End_DateTime: '2026-12-02T11:00:00-08:00',
    All_day: false,
    Venue: 'Acme HQ',
  });
  store.insert('Events', {
    Owner: owner(1),
    Event_Title: 'Globex discovery call',
    Start_DateTime: '2026-12-03T09:30:00-08:00',
    End_DateTime: '2026-12-03T10:00:00-08:00',
    All_day: false,
    Venue: 'Zoom',
  });

  store.insert('Projects', {
    Owner: owner(),
    Name: 'Acme CRM migration',
    Project_Code: 'PRJ-001',
    Account: { id: acme.id, name: 'Acme Corporation' },
    Budget: 25000,
    Start_Date: '2026-11-01',
    Status: 'In Progress',
    Progress: 40,
  });

  // Targets for Leads' multi-select lookup Interested_Products (through Leads_X_Products).
  for (const [name, code, price] of [
    ['Fieldmap Cloud', 'PRD-CLOUD', 49],
    ['Fieldmap On-Prem', 'PRD-ONPREM', 99],
    ['Migration Service', 'PRD-MIGRATE', 1500],
  ] as const) {
    store.insert('Products', {
      Owner: owner(),
      Product_Name: name,
      Product_Code: code,
      Unit_Price: price,
      Product_Active: true,
    });
  }
}
