import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { OUTBOUND_ALLOW_HOSTS_ENV, outboundAddressAllowed, outboundAllowList } from './outbound-policy.js';
import { hostOf } from './outbound-url.js';

export interface OutboundAnswer {
  status: number;
  ok: boolean;
  /** The start of the answer's body (at most 64 KiB are read). */
  text: string;
}

const MAX_ANSWER_BYTES = 64 * 1024;

function refusal(host: string, address: string): Error {
  return new Error(
    `refused to post to ${host}: ${address} is a loopback, private or reserved address (allow it in ${OUTBOUND_ALLOW_HOSTS_ENV})`,
  );
}

/**
 * POSTs to a partner's or robot's URL, connecting only to addresses the outbound policy allows. The check is
 * made on the addresses DNS gives for this very connection, so a name that resolved to a public address when
 * it was saved and to an internal one now (DNS rebinding) is refused. Redirects are not followed (a 3xx is
 * not ok): a redirect could lead anywhere.
 */
export function postOutbound(
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<OutboundAnswer> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    return Promise.reject(new Error(`refused to post to a ${target.protocol} URL: only http and https`));
  const allow = outboundAllowList();
  const host = hostOf(target);
  const anyAddress = allow.hosts.has(host);
  if (!anyAddress && isIP(host) && !outboundAddressAllowed(host, allow))
    return Promise.reject(refusal(host, host));
  // Asked for every address and refuses the connection if any is not allowed, as saving does.
  const lookup: LookupFunction = (hostname, options, callback) =>
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = anyAddress
        ? undefined
        : addresses.find((a) => !outboundAddressAllowed(a.address, allow));
      if (refused) return callback(refusal(hostname, refused.address), '', 0);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) },
        lookup,
        signal: AbortSignal.timeout(init.timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('error', reject);
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const text = Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8');
          resolve({ status, ok: status >= 200 && status < 300, text });
        });
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}
