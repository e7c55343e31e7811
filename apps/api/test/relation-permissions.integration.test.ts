import { systemActor } from '@rectify/domain';
import { createApiClient } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Relation fields check their entity's permission once per request (relation-guard.ts) instead of a
// middleware per row: the refusals must stay exactly where `@Authorized` put them.

const QUERY = `query { tasks(first: 3, orderBy: { field: DEADLINE }) {
  nodes { id measure leadUnit { name } leader { name } latestProgress { percent } issue { code } }
} }`;

let api: TestApi;
let ledgerOnly: string;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
  ({ token: ledgerOnly } = await createApiClient(ctx, {
    name: 'ledger only',
    department: '市发展改革局',
    scopes: ['LEDGER_READ'],
    expiresAt: new Date(Date.now() + 86_400_000),
  }));
});
afterAll(async () => {
  await api?.close();
});

type Task = { id: number; leadUnit: unknown; leader: unknown; latestProgress: unknown; issue: unknown };

describe('relation fields', () => {
  it('answer every relation to a caller holding the permissions', async () => {
    const result = await api.gql<{ tasks: { nodes: Task[] } }>(
      QUERY,
      {},
      { token: await api.tokenFor('OFFICE') },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.tasks.nodes;
    expect(nodes).toHaveLength(3);
    for (const task of nodes) {
      expect(task.leadUnit).toEqual({ name: expect.any(String) });
      expect(task.issue).toEqual({ code: expect.any(String) });
    }
  });

  it('refuse each relation the caller may not read, row by row, and keep the rest', async () => {
    const result = await api.gql<{ tasks: { nodes: Task[] } }>(QUERY, {}, { token: ledgerOnly });
    const nodes = result.data!.tasks.nodes;
    expect(nodes).toHaveLength(3);
    for (const task of nodes) {
      expect(task).toMatchObject({ leadUnit: null, leader: null, latestProgress: null });
      expect(task.issue).toEqual({ code: expect.any(String) });
    }
    const refused = (result.errors ?? []).map((e) => [e.extensions?.code, e.path?.join('.')]);
    expect(refused).toEqual(
      [0, 1, 2].flatMap((i) => [
        ['FORBIDDEN', `tasks.nodes.${i}.leadUnit`],
        ['FORBIDDEN', `tasks.nodes.${i}.leader`],
        ['FORBIDDEN', `tasks.nodes.${i}.latestProgress`],
      ]),
    );
  });

  it('refuse a non-null relation list by nulling its row, as GraphQL requires', async () => {
    const result = await api.gql<{ tasks: { nodes: (Task | null)[] } }>(
      'query { tasks(first: 2) { nodes { id coUnits { name } } } }',
      {},
      { token: ledgerOnly },
    );
    expect(result.data).toBeNull();
    expect((result.errors ?? []).map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([
      ['FORBIDDEN', 'tasks.nodes.0.coUnits'],
    ]);
  });
});
