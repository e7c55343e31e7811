import { users } from '@rectify/db';
import { DEMO_PASSWORD } from '@rectify/demo';
import { DEFAULT_AUTH_LIMITS } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Issue 13.7, 22.3 and 15.3: sign-in throttling that slows guessing without locking anyone out, exact under
// concurrency, counted in the database so that it holds across servers. Sent over HTTP through a proxy the
// server trusts (loopback), which forwards each client's address.
let api: TestApi;
let second: { url: string };
const FREE = DEFAULT_AUTH_LIMITS.freeFailuresPerPair;

beforeAll(async () => {
  api = await startTestApi({ demo: true, settings: { trustedProxies: ['loopback'] } });
  second = await api.alsoServeAt({ trustedProxies: ['loopback'] });
}, 300_000);
afterAll(async () => {
  await api?.close();
});

async function signIn(username: string, password: string, from: string, url = api.url) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({
      query:
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken errors { code } } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as {
    data: { login: { accessToken: string | null; errors: { code: string }[] } };
  };
  return body.data.login.accessToken ? 'SIGNED_IN' : body.data.login.errors[0]!.code;
}

const tally = (codes: string[]) => ({
  checked: codes.filter((c) => c === 'UNAUTHENTICATED').length,
  refused: codes.filter((c) => c === 'RATE_LIMITED').length,
});

describe('sign-in throttling', () => {
  it('lets nobody lock an account out: guesses from one address never stop its owner at another', async () => {
    for (let i = 0; i < 3 * FREE; i++) await signIn('admin', `guess-${i}`, '198.51.100.1');
    expect(await signIn('admin', DEMO_PASSWORD, '198.51.100.1')).toBe('RATE_LIMITED');
    expect(await signIn('admin', DEMO_PASSWORD, '198.51.100.2')).toBe('SIGNED_IN');
  });

  it('honours X-Forwarded-For only from a trusted proxy', async () => {
    const untrusted = await api.alsoServeAt({ trustedProxies: [] });
    // Forged addresses do not buy fresh counts from a server that trusts no proxy.
    const codes = [];
    for (let i = 0; i < FREE + 2; i++)
      codes.push(await signIn('unit', `guess-${i}`, `203.0.113.${i}`, untrusted.url));
    expect(tally(codes)).toEqual({ checked: FREE, refused: 2 });
  });

  it('checks at most the allowed passwords of a burst of parallel guesses, however many arrive at once', async () => {
    for (const [n, username] of [
      [12, 'supervisor'],
      [24, 'leader'],
    ] as const) {
      const codes = await Promise.all(
        Array.from({ length: n }, (_, i) => signIn(username, `parallel-${i}`, '198.51.100.7')),
      );
      expect(tally(codes)).toEqual({ checked: FREE, refused: n - FREE });
    }
  });

  it('counts across two servers on one database', async () => {
    const codes = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        signIn('office', `both-${i}`, '198.51.100.9', i % 2 === 0 ? api.url : second.url),
      ),
    );
    expect(tally(codes)).toEqual({ checked: FREE, refused: 16 - FREE });
    expect(await signIn('office', DEMO_PASSWORD, '198.51.100.9', second.url)).toBe('RATE_LIMITED');
  });

  it('is lifted by an administrator’s unlock', async () => {
    for (let i = 0; i < FREE; i++) await signIn('unit2', `guess-${i}`, '198.51.100.20');
    expect(await signIn('unit2', DEMO_PASSWORD, '198.51.100.20')).toBe('RATE_LIMITED');
    const unit2 = (await api.db.select().from(users)).find((u) => u.username === 'unit2');
    const admin = await api.tokenFor('ADMIN');
    const unlock = await api.gql<{ unlockSignIn: { clearedPairs: number } }>(
      'mutation ($id: Int!) { unlockSignIn(id: $id) { clearedPairs errors { code } } }',
      { id: unit2!.id },
      { token: admin },
    );
    expect(unlock.data?.unlockSignIn.clearedPairs).toBe(1);
    expect(await signIn('unit2', DEMO_PASSWORD, '198.51.100.20')).toBe('SIGNED_IN');
    const office = await api.tokenFor('OFFICE');
    const refused = await api.gql(
      'mutation { unlockSignIn(id: 1) { errors { code } } }',
      {},
      { token: office },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
