/**
 * The whole public surface (sign-in, first-run setup, share links, Zoho's callbacks): everything else needs a signed-in admin. Entries are files under
 * app/ as written on disk; `route-guard.test.ts` fails when a route or page is public but missing here, or when
 * a file listed here declares `auth: 'admin'` routes it should not. Later features add their public files here.
 */
export const PUBLIC_ROUTE_FILES = [
  'app/api/auth/sign-in/route.ts',
  'app/api/auth/setup/route.ts',
  // Share page data (capability URL) and the Zoho job callback (authenticated by its secret, no Origin).
  'app/api/s/[token]/route.ts',
  'app/api/zoho/notify/[job]/[secret]/route.ts',
] as const;

export const PUBLIC_PAGE_FILES = [
  'app/(auth)/sign-in/page.tsx',
  'app/(auth)/setup/page.tsx',
  'app/s/[token]/page.tsx',
] as const;

/** Metadata files Next serves without a page (robots.txt); they must never read a session. */
export const PUBLIC_METADATA_FILES = ['app/robots.ts'] as const;

/** Route files whose handlers take server-to-server calls without an Origin header. */
export const SERVER_TO_SERVER_ROUTE_FILES = ['app/api/zoho/notify/[job]/[secret]/route.ts'] as const;
