import 'server-only';
import type { DataCentre } from './data-centres';
import { type ClientCredentials, requestToken, type TokenGrant } from './oauth-token';

export function exchangeCode(
  dc: DataCentre,
  client: ClientCredentials,
  code: string,
  redirectUri?: string,
): Promise<TokenGrant> {
  return requestToken(dc, {
    grant_type: 'authorization_code',
    client_id: client.clientId,
    client_secret: client.clientSecret,
    code,
    ...(redirectUri ? { redirect_uri: redirectUri } : {}),
  });
}
