import { webcrypto } from 'node:crypto';
import { Role } from '@rectify/domain';
import { jwtVerify, SignJWT } from 'jose';
import type { AuthConfig } from './auth-config.js';

export interface AccessClaims {
  userId: number;
  role: Role;
  unitId: number | null;
  leaderId: number | null;
  /** The session (its family's first row): the token is refused once the session has ended. */
  sessionId?: number;
}

const keys = new Map<string, Promise<webcrypto.CryptoKey>>();

/**
 * The HMAC key of a secret, imported once: given the raw bytes, jose imports a key on every call, which
 * cost about 7 % of the API's CPU under load (a token is verified on every request).
 */
function key(secret: string): Promise<webcrypto.CryptoKey> {
  let imported = keys.get(secret);
  if (!imported) {
    imported = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    keys.set(secret, imported);
  }
  return imported;
}

/**
 * What `users.tokens_valid_from` is set to by a change at `now`: its whole second, since a token carries its
 * issue time in seconds (a token issued in that second before the change is the price of that precision).
 */
export const tokensValidFrom = (now: Date) => new Date(Math.floor(now.getTime() / 1000) * 1000);

/** A short-lived signed token carrying who the user is and what role they act in. */
export async function signAccessToken(config: AuthConfig, claims: AccessClaims, now: Date) {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + config.accessTokenTtlSeconds) * 1000);
  const token = await new SignJWT({
    role: claims.role,
    unitId: claims.unitId,
    leaderId: claims.leaderId,
    ...(claims.sessionId === undefined ? {} : { sid: claims.sessionId }),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.userId))
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .setIssuer('rectify')
    .sign(await key(config.jwtSecret));
  return { token, expiresAt };
}

/**
 * Tokens already verified, with their claims. Every request carries one, and checking its signature goes
 * through WebCrypto (jose 6 has no other way), a round trip to the thread pool that cost a fifth of the
 * server's time on a small query; the same bytes verify the same way, so each token is checked once. The
 * expiry is still checked at every use; the oldest entries go first when the map is full.
 */
const verified = new Map<string, { secret: string; claims: VerifiedClaims; expiresAtMs: number }>();
const VERIFIED_MAX = 10_000;

/** A valid token's claims, and when it was issued (to refuse tokens older than a password change). */
export interface VerifiedClaims extends AccessClaims {
  issuedAtMs: number;
}

/** The claims of a valid, unexpired token; null for anything else. */
export async function verifyAccessToken(
  config: AuthConfig,
  token: string,
  now: Date,
): Promise<VerifiedClaims | null> {
  const known = verified.get(token);
  if (known && known.secret === config.jwtSecret)
    return now.getTime() < known.expiresAtMs ? known.claims : null;
  try {
    const { payload } = await jwtVerify(token, await key(config.jwtSecret), {
      issuer: 'rectify',
      algorithms: ['HS256'],
      currentDate: now,
    });
    const userId = Number(payload.sub);
    if (!Number.isInteger(userId) || !Role.is(payload.role) || payload.exp === undefined) return null;
    if (payload.iat === undefined) return null;
    const claims: VerifiedClaims = {
      issuedAtMs: payload.iat * 1000,
      userId,
      role: payload.role,
      unitId: typeof payload.unitId === 'number' ? payload.unitId : null,
      leaderId: typeof payload.leaderId === 'number' ? payload.leaderId : null,
      ...(typeof payload.sid === 'number' ? { sessionId: payload.sid } : {}),
    };
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value as string);
    verified.set(token, { secret: config.jwtSecret, claims, expiresAtMs: payload.exp * 1000 });
    return claims;
  } catch {
    return null;
  }
}
