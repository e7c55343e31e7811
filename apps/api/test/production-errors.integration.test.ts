import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

let api: TestApi;
let office: string;

beforeAll(async () => {
  api = await startTestApi({ production: true });
  office = await api.tokenFor('OFFICE');
});
afterAll(async () => {
  await api?.close();
});

describe('errors in production mode', () => {
  it('say nothing of the SQL or the stack when something breaks inside', async () => {
    // A NUL character cannot be stored in PostgreSQL text: the database refuses the query.
    const result = await api.gql(
      'query ($s: String) { tasks(filter: { search: $s }) { totalCount } }',
      { s: 'a\u0000b' },
      { token: office },
    );
    expect(result.errors?.[0]).toEqual({
      message: 'Internal server error',
      path: ['tasks'],
      // The request's id, which the log line of the error carries too (operations.integration.test.ts).
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    expect(JSON.stringify(result)).not.toMatch(/select|stack|pglite|postgres/i);
  });

  it('still name the field in a user error', async () => {
    const result = await api.gql<{ createUnit: { errors: { field: string; code: string }[] } }>(
      'mutation { createUnit(input: { name: "", kind: OTHER }) { errors { field code message } } }',
      {},
      { token: await api.tokenFor('ADMIN') },
    );
    expect(result.data?.createUnit.errors).toEqual([
      { field: 'name', code: 'REQUIRED', message: '单位名称不能为空' },
    ]);
  });
});
