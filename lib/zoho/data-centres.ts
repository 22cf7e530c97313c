import 'server-only';
import { env } from '@/lib/env';

export const DATA_CENTRE_IDS = ['us', 'eu', 'in', 'au', 'jp', 'ca', 'sa', 'uk', 'cn', 'sim'] as const;
export type DataCentreId = (typeof DATA_CENTRE_IDS)[number];

export type DataCentre = {
  id: DataCentreId;
  label: string;
  /** Zoho's `location` value on the OAuth redirect. */
  location: string;
  accountsUrl: string;
  /** Where the browser is sent for consent (differs from accountsUrl only for the simulator). */
  consentUrl: string;
  apiUrl: string;
  uploadUrl: string;
  /** Hosts result files may be downloaded from. */
  downloadHosts: string[];
  /** Zoho domains of this DC; any host under them is allowed (downloads where Zoho documents none). */
  domains: string[];
};

const zoho = (
  id: DataCentreId,
  label: string,
  accounts: string,
  tld: string,
  upload: string,
  download: string[] = [],
): DataCentre => ({
  id,
  label,
  location: id,
  accountsUrl: `https://${accounts}`,
  consentUrl: `https://${accounts}`,
  apiUrl: `https://www.zohoapis.${tld}`,
  uploadUrl: `https://${upload}`,
  downloadHosts: download,
  domains: [...new Set([accounts.split('.').slice(1).join('.'), `zohoapis.${tld}`, `zoho.${tld}`])],
});

const ZOHO_DATA_CENTRES: DataCentre[] = [
  zoho('us', 'United States (zoho.com)', 'accounts.zoho.com', 'com', 'content.zohoapis.com', [
    'download-accl.zoho.com',
    'download.zoho.com',
  ]),
  zoho('eu', 'Europe (zoho.eu)', 'accounts.zoho.eu', 'eu', 'content.zohoapis.eu'),
  zoho('in', 'India (zoho.in)', 'accounts.zoho.in', 'in', 'content.zohoapis.in'),
  zoho('au', 'Australia (zoho.com.au)', 'accounts.zoho.com.au', 'com.au', 'content.zohoapis.com.au'),
  zoho('jp', 'Japan (zoho.jp)', 'accounts.zoho.jp', 'jp', 'content.zohoapis.jp'),
  zoho('ca', 'Canada (zohocloud.ca)', 'accounts.zohocloud.ca', 'ca', 'upload.zohocloud.ca'),
  zoho('sa', 'Saudi Arabia (zoho.sa)', 'accounts.zoho.sa', 'sa', 'files.zoho.sa'),
  // Zoho Accounts' multi-DC page lists the UK (accounts.zoho.uk); the SDK has no UK entry, so its upload host
  // follows the content.zohoapis.<tld> pattern of the other DCs (README: Running against real Zoho).
  zoho('uk', 'United Kingdom (zoho.uk)', 'accounts.zoho.uk', 'uk', 'content.zohoapis.uk'),
  zoho('cn', 'China (zoho.com.cn)', 'accounts.zoho.com.cn', 'com.cn', 'content.zohoapis.com.cn'),
];

function simulator(): DataCentre {
  const { simUrl, SIM_PUBLIC_URL } = env();
  const host = new URL(simUrl).host;
  return {
    id: 'sim',
    label: 'Built-in sandbox (Zoho CRM simulator)',
    location: 'sim',
    accountsUrl: simUrl,
    consentUrl: SIM_PUBLIC_URL ?? simUrl,
    apiUrl: simUrl,
    uploadUrl: simUrl,
    downloadHosts: [host],
    domains: [],
  };
}

export function dataCentres(): DataCentre[] {
  return [...ZOHO_DATA_CENTRES, simulator()];
}

export function getDataCentre(id: DataCentreId): DataCentre {
  const found = dataCentres().find((dc) => dc.id === id);
  if (!found) throw new Error(`Unknown data centre ${id}`);
  return found;
}

/** The DC a consent redirect names — by `location` only, and only if `accounts-server` agrees with the table. */
export function dataCentreFromRedirect(
  location: string | null,
  accountsServer: string | null,
): DataCentre | undefined {
  const dc = dataCentres().find((candidate) => candidate.location === location);
  if (!dc) return undefined;
  if (
    accountsServer &&
    new URL(accountsServer).origin !== new URL(dc.accountsUrl).origin &&
    accountsServer !== dc.consentUrl
  ) {
    return undefined;
  }
  return dc;
}

/** Whether a URL may be called for this DC: its own hosts, or for downloads any host under its Zoho domains. */
export function isAllowedHost(dc: DataCentre, url: string): boolean {
  const { host, hostname, protocol } = new URL(url);
  const own = [dc.accountsUrl, dc.apiUrl, dc.uploadUrl].map((base) => new URL(base).host);
  if (own.includes(host) || dc.downloadHosts.includes(host)) return true;
  return protocol === 'https:' && dc.domains.some((domain) => hostname.endsWith(`.${domain}`));
}
