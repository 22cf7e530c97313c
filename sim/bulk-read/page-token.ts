/** `next_page_token` names the page it continues with; Zoho's are opaque, ours are too for clients. */
export function pageToken(module: string, page: number): string {
  return Buffer.from(JSON.stringify({ module, page })).toString('base64url');
}

/** The page a token continues with, or `undefined` for a token not issued for this module's export. */
export function pageFromToken(token: string, module: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      module?: unknown;
      page?: unknown;
    };
    const { page } = parsed;
    return parsed.module === module && typeof page === 'number' && Number.isInteger(page) && page > 1
      ? page
      : undefined;
  } catch {
    return undefined;
  }
}
