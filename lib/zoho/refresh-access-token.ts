import 'server-only';
import type { DataCentre } from './data-centres';
import { type ClientCredentials, requestToken, type TokenGrant } from './oauth-token';

export function refreshAccessToken(
  dc: DataCentre,
  client: ClientCredentials,
  refreshToken: string,
): Promise<TokenGrant> {
  return requestToken(dc, {
    grant_type: 'refresh_token',
    client_id: client.clientId,
    client_secret: client.clientSecret,
    refresh_token: refreshToken,
  });
}
