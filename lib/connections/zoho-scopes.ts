import 'server-only';

/** What Fieldmap asks Zoho for (docs/zoho.md, “OAuth scopes”). */
export const ZOHO_SCOPES = [
  'ZohoCRM.bulk.ALL',
  'ZohoCRM.modules.ALL',
  'ZohoFiles.files.ALL',
  'ZohoCRM.settings.modules.READ',
  'ZohoCRM.settings.fields.READ',
  'ZohoCRM.settings.layouts.READ',
  'ZohoCRM.settings.custom_views.READ',
  'ZohoCRM.org.READ',
  'ZohoCRM.users.READ',
];
