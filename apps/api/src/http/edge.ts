import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import helmet from 'helmet';
import proxyAddr from 'proxy-addr';

/**
 * Security headers on every answer (helmet): a Content-Security-Policy that lets the console run (its own
 * scripts only; inline styles, which emotion writes; blob: frames, for the PDF previews it makes of evidence
 * it fetched itself) and forbids being framed, nosniff, no referrer, same-origin opener and resources. No HSTS
 * and no upgrade-insecure-requests: the server speaks plain HTTP on an intranet by default, and a TLS proxy in
 * front sets its own.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: false,
});

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * The Host names the server answers to: loopback names, any IP address (a DNS-rebinding attack needs a name),
 * the configured listening host, and the allowed list. A request for another name is refused.
 */
export function hostAllowed(req: IncomingMessage, allowed: readonly string[], listening?: string): boolean {
  const header = req.headers.host;
  if (!header) return false;
  const name = hostName(header);
  if (name === null) return false;
  if (LOOPBACK_NAMES.has(name) || isIP(name) !== 0) return true;
  if (listening && name === listening.toLowerCase()) return true;
  return allowed.some((a) => a.toLowerCase() === name);
}

/** `Example.org:4000` → `example.org`, `[::1]:4000` → `::1`; null when it is no host at all. */
function hostName(header: string): string | null {
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d{1,5})?$/.exec(header);
  if (bracketed) return bracketed[1]!.toLowerCase();
  const plain = /^([A-Za-z0-9.-]+)(?::\d{1,5})?$/.exec(header);
  return plain ? plain[1]!.toLowerCase() : null;
}

/**
 * The client's address: the connection's, or — only when the connection comes from a trusted proxy — the
 * nearest untrusted address in X-Forwarded-For (proxy-addr, as Express computes it).
 */
export function clientAddress(trust: (address: string, hop: number) => boolean) {
  return (req: IncomingMessage): string => {
    if (!req.socket.remoteAddress) return 'unknown';
    return proxyAddr(req, trust);
  };
}

export const trustOf = (proxies: readonly string[]) => proxyAddr.compile([...proxies]);

/** Writes a small JSON answer. */
export function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}
