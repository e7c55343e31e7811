import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Hosts and address ranges an operator lets outbound posts reach although they are not public (intranet
 * partners, a robot gateway inside the network): comma-separated host names, addresses and CIDR ranges.
 */
export const OUTBOUND_ALLOW_HOSTS_ENV = 'RECTIFY_OUTBOUND_ALLOW_HOSTS';

export interface OutboundAllowList {
  /** Lower-case host names, allowed whatever they resolve to. */
  hosts: ReadonlySet<string>;
  ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

/** Reads the allow-list; throws naming the first entry that is neither a host name, an address nor a CIDR range. */
export function parseOutboundAllowList(value: string | undefined): OutboundAllowList {
  const hosts = new Set<string>();
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const raw of (value ?? '').split(',')) {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[(.*)\]$/, '$1');
    if (!entry) continue;
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (isIP(entry)) {
      const address = ipaddr.process(entry);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(entry))
      hosts.add(entry);
    else throw new Error(`"${raw.trim()}" is not a host name, an IP address or a CIDR range`);
  }
  return { hosts, ranges };
}

/** The operator's allow-list, read when a URL is checked (so a test or a restart with a new value takes effect). */
export function outboundAllowList(): OutboundAllowList {
  return parseOutboundAllowList(process.env[OUTBOUND_ALLOW_HOSTS_ENV]);
}

/**
 * Whether an outbound post may go to this address: only public unicast addresses (ipaddr.js's ranges:
 * loopback, private, link-local — 169.254.169.254, the cloud metadata service, among them — unique-local,
 * carrier-grade NAT, multicast, reserved and the IPv6 forms embedding an IPv4 address are refused), unless
 * the allow-list names its range. An IPv4-mapped IPv6 address is judged as the IPv4 address it is.
 */
export function outboundAddressAllowed(address: string, allow: OutboundAllowList): boolean {
  if (!isIP(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.range() === 'unicast') return true;
  return allow.ranges.some(
    ([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits),
  );
}
