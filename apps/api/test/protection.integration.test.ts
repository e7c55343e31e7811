import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

let api: TestApi;
let office: string;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  office = await api.tokenFor('OFFICE');
});
afterAll(async () => {
  await api?.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('protection', () => {
  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ issues { nodes { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } }`;
    const result = await api.gql(deep, {}, { token: office });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/nested 11 levels deep; the limit is 10/);
  });

  it('refuses a query that would cost too much', async () => {
    const costly = `{ issues(first: 100) { nodes { children { tasks { progressReports { text } coUnits { name } } } } } }`;
    const result = await api.gql(costly, {}, { token: office });
    expect(result.errors?.[0]?.message).toMatch(/would cost about \d+; the limit is 50000/);
  });

  it('refuses a request body over the size limit, with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
  });

  it('answers a malformed body with 400', async () => {
    const response = await post('{ not json');
    expect(response.status).toBe(400);
  });

  it('refuses a cross-origin request from an origin not configured', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), {
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers in the caller’s language', async () => {
    const zh = await api.gql('{ tasks { totalCount } }', {}, { token: null, locale: 'zh-CN' });
    const en = await api.gql('{ tasks { totalCount } }', {}, { token: null, locale: 'en-GB' });
    expect(zh.errors?.[0]?.message).toBe('请先登录，或登录已过期');
    expect(en.errors?.[0]?.message).toBe('sign in first, or the session has expired');
  });

  it('reports health', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('rejects a forged or expired token as not signed in', async () => {
    const forged = await api.gql('{ tasks { totalCount } }', {}, { token: `${office.slice(0, -4)}AAAA` });
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
