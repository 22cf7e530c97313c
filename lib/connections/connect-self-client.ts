import 'server-only';
import type { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { getDataCentre } from '@/lib/zoho/data-centres';
import { exchangeCode } from '@/lib/zoho/exchange-code';
import { refreshAccessToken } from '@/lib/zoho/refresh-access-token';
import { saveConnection } from './save-connection';
import { selfClientFormSchema } from './self-client-form-schema';
import { withZohoErrors } from './to-app-error';

export const selfClientSchema = selfClientFormSchema;

/** A self-client from Zoho's API console: a grant code (exchanged now) or an existing refresh token. */
export async function connectSelfClient(options: {
  db: Db;
  adminId: string;
  input: z.infer<typeof selfClientSchema>;
}): Promise<string> {
  const { input } = options;
  const dc = getDataCentre(input.dataCentre);
  const client = { clientId: input.clientId, clientSecret: input.clientSecret };
  return withZohoErrors(async () => {
    const grant = input.grantCode
      ? await exchangeCode(dc, client, input.grantCode)
      : await refreshAccessToken(dc, client, input.refreshToken ?? '');
    const refreshToken = grant.refreshToken ?? input.refreshToken;
    if (!refreshToken)
      throw new AppError(
        'bad_request',
        'Zoho sent no refresh token. Generate the grant code with offline access.',
      );
    const saved = await saveConnection({
      db: options.db,
      adminId: options.adminId,
      dc,
      client,
      isOwnClient: true,
      grant: { ...grant, refreshToken },
    });
    return saved.id;
  });
}
