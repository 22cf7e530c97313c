import { z } from 'zod';

export const SHARE_LINK_EXPIRIES = ['1d', '7d', '30d', 'never'] as const;
export type ShareLinkExpiry = (typeof SHARE_LINK_EXPIRIES)[number];

export const EXPIRY_LABELS: Record<ShareLinkExpiry, string> = {
  '1d': '1 day',
  '7d': '7 days',
  '30d': '30 days',
  never: 'Never',
};

export const jobKindSchema = z.enum(['import', 'export']);
export type ShareJobKind = z.infer<typeof jobKindSchema>;

/** The create form and POST /api/share-links share this schema. */
export const createShareLinkSchema = z.object({
  jobKind: jobKindSchema,
  jobId: z.uuid(),
  displayName: z
    .string()
    .trim()
    .min(1, 'Give the link a name the viewers will see.')
    .max(120, 'Keep the name under 120 characters.'),
  expiry: z.enum(SHARE_LINK_EXPIRIES).default('30d'),
});
export type CreateShareLinkInput = z.input<typeof createShareLinkSchema>;

export const listShareLinksQuerySchema = z.object({ jobKind: jobKindSchema, jobId: z.uuid() });

/** A live link as the admin page lists it (the token itself is never stored, so never listed). */
export type ShareLinkItem = {
  id: string;
  displayName: string;
  jobKind: ShareJobKind;
  jobId: string;
  createdAt: string;
  createdByName: string | null;
  expiresAt: string | null;
};

/** What creating a link answers: the URL, shown once. */
export type CreatedShareLink = { link: ShareLinkItem; url: string };
