import { z } from 'zod';

const DATA_CENTRES = ['us', 'eu', 'in', 'au', 'jp', 'ca', 'sa', 'uk', 'cn', 'sim'] as const;

/** The self-client form, checked in the browser and again by the route. */
export const selfClientFormSchema = z
  .object({
    dataCentre: z.enum(DATA_CENTRES),
    clientId: z.string().trim().min(1, 'Paste the client id from Zoho’s API console.'),
    clientSecret: z.string().trim().min(1, 'Paste the client secret.'),
    grantCode: z.string().trim().optional(),
    refreshToken: z.string().trim().optional(),
  })
  .refine((value) => Boolean(value.grantCode) !== Boolean(value.refreshToken), {
    message: 'Paste either a grant code or a refresh token (one of them).',
    path: ['grantCode'],
  });
