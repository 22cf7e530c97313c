import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postOutbound } from './post-outbound';
import { refusedRange } from './refused-range';
import { type LookupAll, resolveOutboundHost } from './resolve-outbound-host';

const REFUSED: [string, string, RegExp][] = [
  ['IPv4 loopback', '127.0.0.1', /loopback/],
  ['IPv4 loopback, elsewhere in 127/8', '127.5.6.7', /loopback/],
  ['10/8', '10.1.2.3', /private/],
  ['172.16/12 (low end)', '172.16.0.1', /private/],
  ['172.16/12 (high end)', '172.31.255.254', /private/],
  ['192.168/16', '192.168.1.20', /private/],
  ['cloud metadata', '169.254.169.254', /metadata/],
  ['IPv4 link-local', '169.254.10.1', /link-local/],
  ['carrier-grade NAT', '100.64.0.1', /carrier-grade/],
  ['0.0.0.0', '0.0.0.0', /unspecified/],
  ['IPv6 loopback', '::1', /loopback/],
  ['IPv6 unique-local fc00::/7', 'fd12:3456::1', /unique-local/],
  ['IPv6 unique-local (fc)', 'fc00::5', /unique-local/],
  ['IPv6 link-local', 'fe80::1', /link-local/],
  ['IPv4-mapped loopback', '::ffff:127.0.0.1', /loopback/],
  ['IPv4-mapped private', '::ffff:10.0.0.1', /private/],
  ['IPv6 unspecified', '::', /unspecified/],
];

const PUBLIC = ['93.184.215.14', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111'];

/** A resolver that answers every name with the addresses given: DNS as an attacker could set it up. */
const resolvesTo =
  (...addresses: string[]): LookupAll =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('the outbound guard (security promise 12)', () => {
  it.each(REFUSED)('refuses %s (%s)', async (_label, address, reason) => {
    expect(refusedRange(address)).toMatch(reason);
    await expect(resolveOutboundHost(address, { allowPrivate: false })).rejects.toThrow(
      /Fieldmap only calls public addresses/,
    );
  });

  it.each(REFUSED)('refuses a DNS name resolving to %s (%s)', async (_label, address, reason) => {
    const refusal = resolveOutboundHost('hooks.example.com', {
      allowPrivate: false,
      lookup: resolvesTo(address),
    });
    await expect(refusal).rejects.toThrow(`hooks.example.com resolves to ${address}, which is`);
    await expect(refusal).rejects.toThrow(reason);
  });

  it('refuses a name with one private answer among public ones', async () => {
    await expect(
      resolveOutboundHost('hooks.example.com', {
        allowPrivate: false,
        lookup: resolvesTo('93.184.215.14', '10.0.0.7'),
      }),
    ).rejects.toThrow(/10\.0\.0\.7/);
  });

  it('refuses localhost as the system resolver answers it', async () => {
    await expect(resolveOutboundHost('localhost', { allowPrivate: false })).rejects.toThrow(/loopback/);
  });

  it.each(PUBLIC)('lets a public address through: %s', async (address) => {
    expect(refusedRange(address)).toBeUndefined();
    await expect(
      resolveOutboundHost('hooks.example.com', { allowPrivate: false, lookup: resolvesTo(address) }),
    ).resolves.toEqual({ address, family: address.includes(':') ? 6 : 4 });
  });

  it('lets a private receiver through only when the setting allows it', async () => {
    await expect(resolveOutboundHost('127.0.0.1', { allowPrivate: true })).resolves.toMatchObject({
      address: '127.0.0.1',
    });
  });

  it('never lets the cloud metadata address through, even when private hosts are allowed', async () => {
    await expect(resolveOutboundHost('169.254.169.254', { allowPrivate: true })).rejects.toThrow(/metadata/);
    // The message must not advise a setting that cannot open it.
    await expect(resolveOutboundHost('169.254.169.254', { allowPrivate: false })).rejects.not.toThrow(
      /NOTIFY_ALLOW_PRIVATE_HOSTS/,
    );
    await expect(resolveOutboundHost('10.0.0.5', { allowPrivate: false })).rejects.toThrow(
      /NOTIFY_ALLOW_PRIVATE_HOSTS=1/,
    );
    await expect(
      resolveOutboundHost('hooks.example.com', { allowPrivate: true, lookup: resolvesTo('169.254.169.254') }),
    ).rejects.toThrow(/metadata/);
  });

  describe('requests', () => {
    let server: Server;
    let base = '';
    const seen: IncomingMessage[] = [];

    beforeAll(async () => {
      server = createServer((request, response) => {
        seen.push(request);
        request.resume();
        if (request.url === '/moved') {
          response.writeHead(302, { Location: `${base}/inside` }).end();
          return;
        }
        response.writeHead(200).end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const post = (url: string, allowPrivate: boolean, lookup?: LookupAll) =>
      postOutbound(url, {
        body: '{}',
        headers: { 'Content-Type': 'application/json' },
        allowPrivate,
        lookup,
      });

    it('never connects to a refused address', async () => {
      const before = seen.length;
      await expect(post(`${base}/hook`, false)).rejects.toThrow(/loopback/);
      await expect(
        post(`http://hooks.example.com:${new URL(base).port}/hook`, false, resolvesTo('127.0.0.1')),
      ).rejects.toThrow(/resolves to 127\.0\.0\.1/);
      expect(seen.length).toBe(before);
    });

    it('connects to the address it checked, keeping the name in the Host header', async () => {
      const port = new URL(base).port;
      // The system resolver knows no such name: the request can only arrive if the checked address is used.
      const answer = await post(`http://receiver.invalid:${port}/hook`, true, resolvesTo('127.0.0.1'));
      expect(answer.status).toBe(200);
      expect(seen.at(-1)?.headers.host).toBe(`receiver.invalid:${port}`);
    });

    it('does not follow a redirect', async () => {
      const before = seen.length;
      const answer = await post(`${base}/moved`, true);
      expect(answer.status).toBe(302);
      expect(seen.slice(before).map((request) => request.url)).toEqual(['/moved']);
    });

    it('refuses what is not an http(s) URL', async () => {
      await expect(post('file:///etc/passwd', true)).rejects.toThrow(/https:\/\//);
      await expect(post('gopher://example.com/', true)).rejects.toThrow(/https:\/\//);
    });
  });
});
