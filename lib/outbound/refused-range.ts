import 'server-only';
import ipaddr from 'ipaddr.js';

export const METADATA = 'the cloud metadata address';
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254']);

const RANGE_REASONS: Record<string, string> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a private (unique-local) IPv6 address',
  carrierGradeNat: 'a carrier-grade NAT address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
};

/**
 * Why the server will not call this address, or undefined for a public unicast one. Anything but ipaddr.js's
 * `unicast` range is refused (reserved, 6to4 and Teredo tunnels included); an IPv4-mapped IPv6 address is judged
 * as the IPv4 address it carries.
 */
export function refusedRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (METADATA_ADDRESSES.has(parsed.toNormalizedString())) return METADATA;
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  return RANGE_REASONS[range] ?? `a reserved address (${range})`;
}
