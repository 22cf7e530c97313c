import type { DataCentre } from './data-centres';

/** What a Zoho call needs from a connection: where to call, and a token (fresh on demand). */
export type ZohoAuth = {
  dataCentre: DataCentre;
  apiDomain: string;
  getAccessToken(options: { isRefreshForced: boolean }): Promise<string>;
};
