import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Attacks on the query limits (issue 13, items 1 and 2), sent over HTTP.
let api: TestApi;
let office: string;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  office = await api.tokenFor('OFFICE');
});
afterAll(async () => {
  await api?.close();
});

const raw = async (query: string, variables: Record<string, unknown> = {}, token?: string, url = api.url) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: unknown; errors?: Err[] } };
};
type Err = { message: string; extensions?: { code?: string; argument?: string } };
const codes = (body: { errors?: Err[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

const FULL_TYPE = `types { name fields { name args { name type { name ofType { name } } } type { name ofType { name } } } }`;
const aliased = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('introspection', () => {
  it('is refused to an anonymous caller, however it is asked, without answering the schema', async () => {
    const amplified = await raw(aliased(20, `__schema { ${FULL_TYPE} }`));
    expect(amplified.body.data ?? null).toBeNull();
    expect(amplified.text.length).toBeLessThan(10_000);
    const single = await raw('{ __schema { queryType { name } } }');
    expect(codes(single.body)).toEqual(['UNAUTHENTICATED']);
    expect(single.body.data ?? null).toBeNull();
    const viaFragment = await raw('query { ...F } fragment F on Query { __type(name: "Task") { name } }');
    expect(codes(viaFragment.body)).toEqual(['UNAUTHENTICATED']);
    // __typename is no introspection of the schema.
    expect((await raw('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('counts in cost and depth for a signed-in caller', async () => {
    const costly = await raw(aliased(5, `__schema { ${FULL_TYPE} }`), {}, office);
    expect(codes(costly.body)).toContain('QUERY_TOO_COSTLY');
    expect(costly.body.data ?? null).toBeNull();
    const deep = await raw(
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }',
      {},
      office,
    );
    expect(codes(deep.body)).toContain('QUERY_TOO_DEEP');
    const modest = await raw('{ __schema { queryType { name } } }', {}, office);
    expect(modest.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('is off in production unless an option turns it on', async () => {
    const query = '{ __schema { queryType { name } } }';
    const off = await api.alsoServe({ production: true });
    const refused = await off(query, {}, { token: office });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
    const on = await api.alsoServe({ production: true, introspection: true });
    expect((await on(query, {}, { token: office })).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });
});

describe('page arguments', () => {
  it('refuses a negative first: it cancels no cost, and is bad input naming the argument', async () => {
    const heavy = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `h${i}: issues(first: 100) { nodes { children { tasks { id } } } }`,
      );
    const cancel = 'cancel: issues(first: -1000000) { nodes { children { tasks { id } } } }';
    const overLimit = await raw(`{ ${cancel} ${heavy(2).join(' ')} }`, {}, office);
    expect(overLimit.body.data ?? null).toBeNull();
    expect(codes(overLimit.body)).toEqual(['QUERY_TOO_COSTLY']);
    const underLimit = await raw(`{ ${cancel} ${heavy(1).join(' ')} }`, {}, office);
    expect(underLimit.body.data ?? null).toBeNull();
    expect(underLimit.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'cancel.first',
    });
  });

  it.each([
    ['a negative first in a variable', { first: -5 }, 'issues.first'],
    ['a first above the largest page', { first: 101 }, 'issues.first'],
    ['a negative offset', { offset: -1 }, 'issues.offset'],
    ['an absurd offset', { offset: 2_000_000_000 }, 'issues.offset'],
  ])(
    'refuses %s as bad input, on the direct path and through graphql-js alike',
    async (_name, vars, argument) => {
      const query =
        'query ($first: Int, $offset: Int) { issues(first: $first, offset: $offset) { nodes { id } } }';
      const viaGraphqlJs = await api.alsoServe({ directAnswers: false });
      for (const answer of [
        (await raw(query, vars, office)).body,
        await viaGraphqlJs(query, vars, { token: office }),
      ]) {
        expect(answer.data ?? null).toBeNull();
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
    },
  );

  it('still serves every page within bounds', async () => {
    const answer = await raw('{ tasks(first: 100, offset: 180) { totalCount nodes { id } } }', {}, office);
    expect(answer.body.data).toMatchObject({ tasks: { totalCount: 183 } });
  });
});

describe('cost', () => {
  it('counts every list field of the schema, not only a hand-kept few', async () => {
    // closureRequests, reviews and evidence were counted as one item each.
    const answer = await raw(
      '{ tasks(first: 100) { nodes { closureRequests { reviews { id } } extensionRequests { reviews { id } } evidence { id } deadlineChanges { id } } } }',
      {},
      office,
    );
    expect(codes(answer.body)).toEqual(['QUERY_TOO_COSTLY']);
    expect(answer.body.errors?.[0]?.message).toMatch(/would cost about \d+; the limit is 50000/);
  });

  it('answers a deep query with QUERY_TOO_DEEP, not a generic validation failure', async () => {
    const deep = `{ issues { nodes { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } }`;
    const answer = await raw(deep, {}, office);
    expect(codes(answer.body)).toContain('QUERY_TOO_DEEP');
    expect(codes(answer.body)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(answer.status).toBe(400);
  });

  it('caps aliases', async () => {
    const answer = await raw(aliased(31, 'me { user { id } }'), {}, office);
    expect(codes(answer.body)).toEqual(['QUERY_TOO_MANY_ALIASES']);
    expect((await raw(aliased(30, 'me { user { id } }'), {}, office)).body.errors).toBeUndefined();
  });

  it('refuses a document of too many tokens before validating it', async () => {
    const answer = await raw(`{ ${'__typename '.repeat(6_000)} }`, {}, office);
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });
});
