import { graphql, type ResultOf } from '../graphql.js';
import { ApiError } from './api-error.js';
import { postGraphQL } from './graphql-transport.js';

export const SessionUserFields = graphql(`
  fragment SessionUser on User { id username displayName role unitId leaderId }
`);
export type SessionUser = ResultOf<typeof SessionUserFields>;

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: SessionUser;
}

/** What signing in, renewing, changing a password or redeeming a reset code answers. */
export const LoginPayloadFields = graphql(
  `fragment LoginPayload on LoginPayload {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    user { ...SessionUser } errors { field code message }
  }`,
  [SessionUserFields],
);
type LoginPayload = ResultOf<typeof LoginPayloadFields>;

const REFRESH = graphql(
  `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ...LoginPayload } }`,
  [LoginPayloadFields],
);

const STORAGE_KEY = 'rectify.session';
// Renew this long before the access token (15 minutes) runs out, so no request leaves with a dying token.
const RENEW_MARGIN_MS = 60_000;

export function readSession(): Session | null {
  const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return null;
  }
}

export function writeSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  globalThis.localStorage?.removeItem(STORAGE_KEY);
}

/** The session a login or refresh payload grants; its errors (in the user's language) otherwise. */
export function sessionFromPayload(payload: LoginPayload): Session {
  const { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt, user } = payload;
  if (payload.errors.length > 0 || !accessToken || !refreshToken || !user) {
    const message = payload.errors.map((e) => e.message).join(';') || 'ra.auth.sign_in_error';
    throw new ApiError(message, 401, {}, payload.errors[0]?.code ?? 'UNAUTHENTICATED');
  }
  return {
    accessToken,
    accessTokenExpiresAt: accessTokenExpiresAt ?? new Date(0).toISOString(),
    refreshToken,
    refreshTokenExpiresAt: refreshTokenExpiresAt ?? new Date(0).toISOString(),
    user,
  };
}

let renewal: Promise<Session | null> | null = null;

/**
 * Exchanges the refresh token for a new pair. Refresh tokens are single-use, so concurrent callers share one
 * exchange. Resolves null, with the session cleared, when the server refuses: the user must sign in again.
 */
export function renewSession(): Promise<Session | null> {
  const before = readSession()?.refreshToken;
  renewal ??= acrossTabs(() => exchangeRefreshToken(before)).finally(() => {
    renewal = null;
  });
  return renewal;
}

/**
 * One renewal at a time across the browser's tabs: presenting a refresh token that another tab has just spent
 * would end the whole session (the server takes it for a stolen copy).
 */
function acrossTabs<T>(run: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request('rectify.session.renewal', run) as Promise<T>) : run();
}

async function exchangeRefreshToken(before: string | undefined): Promise<Session | null> {
  const current = readSession();
  if (!current) return null;
  // Another tab renewed while this one waited: use its pair.
  if (before !== undefined && current.refreshToken !== before) return current;
  try {
    const data = await postGraphQL<ResultOf<typeof REFRESH>>(
      REFRESH,
      { refreshToken: current.refreshToken },
      null,
    );
    const session = sessionFromPayload(data.refreshSession);
    writeSession(session);
    return session;
  } catch (error) {
    // Offline: keep the session, the network may come back.
    if (error instanceof ApiError && error.code === 'NETWORK') throw error;
    // Another tab may have spent the same refresh token a moment ago and stored the new pair.
    const latest = readSession();
    if (latest && latest.refreshToken !== current.refreshToken) return latest;
    clearSession();
    return null;
  }
}

/** An access token good for at least another minute (renewed when needed); null when signed out. */
export async function currentAccessToken(now = Date.now()): Promise<string | null> {
  const session = readSession();
  if (!session) return null;
  if (Date.parse(session.accessTokenExpiresAt) - now > RENEW_MARGIN_MS) return session.accessToken;
  return (await renewSession())?.accessToken ?? null;
}
