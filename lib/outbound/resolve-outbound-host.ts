import 'server-only';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '@/lib/http/app-error';
import { METADATA, refusedRange } from './refused-range';

export type ResolvedAddress = { address: string; family: number };
export type LookupAll = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export type OutboundOptions = {
  /** NOTIFY_ALLOW_PRIVATE_HOSTS: a receiver on this machine or the local network, for testing. */
  allowPrivate: boolean;
  lookup?: LookupAll;
};

/**
 * The address to connect to for a host an admin typed: every address the name resolves to must be public
 * (a name with one private answer is refused, whichever the connection would pick). The caller connects to the
 * returned address, never resolving again, so a second DNS answer cannot swap in a private one.
 */
export async function resolveOutboundHost(
  hostname: string,
  { allowPrivate, lookup = systemLookup }: OutboundOptions,
): Promise<ResolvedAddress> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  if (isIP(bare)) addresses = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      addresses = await lookup(bare);
    } catch (error) {
      const code = (error as { code?: string }).code ?? String(error);
      throw new AppError('validation', `${bare} could not be resolved (${code}). Check the host name.`, {
        reason: 'unresolvable',
      });
    }
  }
  const [first] = addresses;
  if (!first)
    throw new AppError('validation', `${bare} has no address. Check the host name.`, {
      reason: 'unresolvable',
    });
  for (const { address } of addresses) {
    const reason = refusedRange(address);
    // The local-receiver setting opens loopback and private networks, never the cloud metadata service.
    if (reason && (!allowPrivate || reason === METADATA))
      throw new AppError(
        'validation',
        `${bare === address ? address : `${bare} resolves to ${address}, which`} is ${reason}: Fieldmap only calls public addresses. Use a public host${reason === METADATA ? '' : ' (or set NOTIFY_ALLOW_PRIVATE_HOSTS=1 for a local test receiver)'}.`,
        { reason: 'private_address', address },
      );
  }
  return first;
}
