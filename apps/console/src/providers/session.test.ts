import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentAccessToken, readSession, type Session, writeSession } from './session.js';

const HOUR = 3_600_000;

function session(accessToken: string, refreshToken: string, accessExpiresIn: number): Session {
  return {
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + accessExpiresIn).toISOString(),
    refreshToken,
    refreshTokenExpiresAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    user: { id: 1, username: 'office', displayName: '整改办', role: 'OFFICE', unitId: null, leaderId: null },
  };
}

function refreshAnswer(body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify({ data: { refreshSession: body } })));
}

beforeEach(() => {
  const data = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => data.set(k, v),
    removeItem: (k: string) => data.delete(k),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('currentAccessToken', () => {
  it('uses the access token while it has more than a minute left', async () => {
    const fetch = refreshAnswer(null);
    vi.stubGlobal('fetch', fetch);
    writeSession(session('a1', 'r1', 10 * 60_000));
    expect(await currentAccessToken()).toBe('a1');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renews before expiry, once for concurrent callers (refresh tokens are single-use)', async () => {
    const renewed = session('a2', 'r2', 15 * 60_000);
    const fetch = refreshAnswer({ ...renewed, errors: [] });
    vi.stubGlobal('fetch', fetch);
    writeSession(session('a1', 'r1', 30_000));
    expect(await Promise.all([currentAccessToken(), currentAccessToken()])).toEqual(['a2', 'a2']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(readSession()?.refreshToken).toBe('r2');
  });

  it('forgets the session when the server refuses to renew it', async () => {
    vi.stubGlobal(
      'fetch',
      refreshAnswer({
        accessToken: null,
        refreshToken: null,
        user: null,
        errors: [{ field: '', code: 'UNAUTHENTICATED', message: '登录已过期' }],
      }),
    );
    writeSession(session('a1', 'r1', -60_000));
    expect(await currentAccessToken()).toBeNull();
    expect(readSession()).toBeNull();
  });

  it('keeps the session when the network is down', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    writeSession(session('a1', 'r1', -60_000));
    await expect(currentAccessToken()).rejects.toMatchObject({ code: 'NETWORK' });
    expect(readSession()?.accessToken).toBe('a1');
  });
});
