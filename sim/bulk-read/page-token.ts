/** Zoho keeps a `next_page_token` for 24 hours, for the user whose job issued it. */
export const PAGE_TOKEN_LIFETIME_MS = 24 * 3_600_000;

/** What a token stands for: the query it continues (so a next page may send the token alone), and whose it is. */
export type PageTokenBody = {
  query: Record<string, unknown>;
  fileType: string;
  page: number;
  user: string;
  issuedAt: number;
};

/** Zoho's tokens are opaque; ours carry their query, so they outlive a simulator restart. */
export function pageToken(body: PageTokenBody): string {
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function readPageToken(token: unknown): PageTokenBody | undefined {
  if (typeof token !== 'string') return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<PageTokenBody>;
    const { query, page, user, issuedAt, fileType } = parsed;
    if (typeof query !== 'object' || query === null) return undefined;
    if (typeof page !== 'number' || !Number.isInteger(page) || page < 2) return undefined;
    if (typeof user !== 'string' || typeof issuedAt !== 'number' || typeof fileType !== 'string')
      return undefined;
    return { query, page, user, issuedAt, fileType };
  } catch {
    return undefined;
  }
}
