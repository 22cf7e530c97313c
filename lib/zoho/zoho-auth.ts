import 'server-only';
import type { DataCentre } from './data-centres';

/** What a Zoho call needs from a connection: where to call, and a token (fresh on demand). */
export type ZohoAuth = {
  dataCentre: DataCentre;
  apiDomain: string;
  /** `rejectedToken`: the token Zoho just refused; a newer one (from a parallel refresh) is returned as is. */
  getAccessToken(options: { isRefreshForced: boolean; rejectedToken?: string }): Promise<string>;
  /** Zoho refused a token it had just issued (app revoked, user removed): the connection needs reconnecting. */
  markRefused?(): Promise<void>;
};
