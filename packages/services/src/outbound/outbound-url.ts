import { lookup as dnsLookup } from 'node:dns';
import { isIP } from 'node:net';
import type { Label } from '@rectify/domain';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { OUTBOUND_ALLOW_HOSTS_ENV, outboundAddressAllowed, outboundAllowList } from './outbound-policy.js';

/** Resolves a host name to all its addresses (node:dns's `lookup`, or a stand-in in tests). */
export type ResolveHost = (hostname: string) => Promise<string[]>;

const resolveWithDns: ResolveHost = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  );

/** How long saving waits for DNS: a name that does not answer is judged again when posting. */
const SAVE_LOOKUP_MS = 3000;

/** The URL's host without IPv6 brackets, lower-case (WHATWG URL already wrote any IPv4 form as a.b.c.d). */
export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

/**
 * The first address of the URL's host an outbound post may not reach, or null. A literal address is judged
 * as it is; a name by what it resolves to now. A name on the allow-list is not judged.
 */
async function refusedAddressOf(url: URL, resolve: ResolveHost = resolveWithDns): Promise<string | null> {
  const allow = outboundAllowList();
  const host = hostOf(url);
  if (allow.hosts.has(host)) return null;
  if (isIP(host)) return outboundAddressAllowed(host, allow) ? null : host;
  let addresses: string[];
  try {
    addresses = await Promise.race([
      resolve(host),
      new Promise<string[]>((_, reject) => setTimeout(reject, SAVE_LOOKUP_MS).unref()),
    ]);
  } catch {
    // Not resolvable now (or no DNS here): the post checks the address it connects to anyway.
    return null;
  }
  return addresses.find((address) => !outboundAddressAllowed(address, allow)) ?? null;
}

/**
 * On saving a partner's or robot's address: an http(s) URL whose host is not a loopback, private, link-local
 * or otherwise non-public address (unless the operator's allow-list names it). Each problem names the field.
 */
export async function checkOutboundUrl(
  v: Validator,
  field: string,
  label: Label,
  url: string,
  resolve: ResolveHost = resolveWithDns,
): Promise<void> {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    v.add(field, 'INVALID_URL', messages.outbound.mustHttpHttpsAddress({ label }));
    return;
  }
  const refused = await refusedAddressOf(parsed, resolve);
  if (refused != null) {
    v.add(
      field,
      'PRIVATE_ADDRESS',
      messages.outbound.pointsLoopbackPrivateReservedAddress({
        label,
        refused,
        allowListVariable: OUTBOUND_ALLOW_HOSTS_ENV,
      }),
    );
  }
}
