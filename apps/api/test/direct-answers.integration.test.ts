import { systemActor } from '@rectify/domain';
import { createApiClient } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// The direct answer (graphql/direct) writes a query's response from PostgreSQL's JSON text. Each request
// here goes to two servers on one database, one with it and one without: the answers must be the same,
// key for key and in the same order, for every caller.

let api: TestApi;
let plain: TestApi['gql'];
const callers: { label: string; token: string }[] = [];
let ids: { issue: number; task: number; unit: number; otherTask: number };

/** How a statement of the direct answer reads its rows. */
const DIRECT_SQL = ')::text as node';

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  plain = await api.alsoServe({ directAnswers: false });
  const office = await api.tokenFor('OFFICE');
  const probe = await plain<{
    tasks: { nodes: { id: number; issueId: number; leadUnitId: number }[] };
  }>('{ tasks(first: 100) { nodes { id issueId leadUnitId } } }', {}, { token: office });
  const tasks = probe.data!.tasks.nodes;
  const first = tasks[0]!;
  const other = tasks.find((t) => t.leadUnitId !== first.leadUnitId)!;
  ids = { issue: first.issueId, task: first.id, unit: first.leadUnitId, otherTask: other.id };
  callers.push({ label: 'OFFICE', token: office });
  callers.push({ label: 'UNIT', token: await api.tokenFor('UNIT', { unitId: ids.unit }) });
  callers.push({ label: 'LEADER', token: await api.tokenFor('LEADER', { leaderId: 1 }) });
  for (const role of ['ADMIN', 'SUPERVISOR', 'DISCIPLINE'] as const)
    callers.push({ label: role, token: await api.tokenFor(role) });
  const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
  for (const scopes of [['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ'], ['LEDGER_READ']] as const) {
    const { token } = await createApiClient(ctx, {
      name: `direct ${scopes.join('+')}`,
      department: '市发展改革局',
      scopes: [...scopes],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    callers.push({ label: `PARTNER[${scopes.join(',')}]`, token });
  }
  callers.push({ label: 'anonymous', token: '' });
});
afterAll(async () => {
  await api?.close();
});

/** Asks both servers; returns both answers as text in key order, and whether the direct one was taken. */
async function both(query: string, variables: Record<string, unknown>, token: string) {
  api.statements.length = 0;
  const direct = await api.gql(query, variables, { token });
  const tookDirect = api.statements.some((s) => s.includes(DIRECT_SQL));
  const expected = await plain(query, variables, { token });
  return { direct: JSON.stringify(direct), expected: JSON.stringify(expected), tookDirect };
}

const LEDGER_PAGE = `query LedgerPage($first: Int) {
  issues(first: $first, orderBy: { field: CODE }) {
    nodes {
      id code title
      tasks {
        id ordinal measure status deadline
        leadUnit { name }
        leader { name post }
        latestProgress { percent reportedAt }
      }
    }
  }
}`;

const OVERDUE = `query Overdue {
  tasks(filter: { overdue: true }, orderBy: { field: DEADLINE, direction: ASC }, first: 50) {
    totalCount
    nodes { id ordinal measure status deadline issue { code title } }
  }
}`;

/** Aliases, fragments, __typename, directives, repeated keys, every kind of relation and scalar. */
const EVERYTHING = `query Everything($withTasks: Boolean!, $skipTitle: Boolean!, $search: String) {
  __typename
  ledger: issues(first: 7, offset: 2, filter: { search: $search }) {
    __typename
    count: totalCount
    items: nodes {
      __typename
      ...IssueFields
      heading: title @skip(if: $skipTitle)
      ... on Issue { kind position createdAt updatedAt version inspectionId parentId }
      inspection { name level onSiteFrom feedbackDate rectificationDeadline areas { code } }
      parent { code }
      children { code leadUnit { name kind } }
      tasks @include(if: $withTasks) { id measure }
      tasks @include(if: $withTasks) { term target deadline status coUnits { name } }
    }
  }
  someTasks: tasks(first: 3, orderBy: { field: UPDATED_AT, direction: DESC }) {
    nodes {
      id
      issue { code parent { code } }
      progressReports { id period text percent reportedAt unit { name } task { id } }
      leader { name groupRole unit { name } }
    }
  }
  units(first: 5) { totalCount nodes { id name kind parent { name } children { name } } }
  leaders(first: 5) { nodes { name post groupRole } }
  inspections { nodes { name inspectingBody inspectedOrganisation } }
  progressReports(first: 4) { nodes { id percent task { ordinal } } }
}
fragment IssueFields on Issue { id code leadLeader { name } leadUnit { name } }`;

const RECORDS = `query Records($issue: Int!, $task: Int!, $other: Int!, $unit: Int!) {
  issue(id: $issue) { code title tasks { measure } }
  task(id: $task) { measure issue { code } leadUnit { name } }
  other: task(id: $other) { measure }
  unit(id: $unit) { name }
  leader(id: 1) { name post }
  inspection(id: 1) { name }
  missing: issue(id: 999999) { code }
}`;

describe('the direct answer', () => {
  const cases: [string, string, () => Record<string, unknown>][] = [
    ['the ledger page', LEDGER_PAGE, () => ({ first: 50 })],
    ['overdue tasks with their total', OVERDUE, () => ({})],
    [
      'aliases, fragments, directives and every relation',
      EVERYTHING,
      () => ({ withTasks: true, skipTitle: false }),
    ],
    [
      'the same with fields skipped and a search',
      EVERYTHING,
      () => ({ withTasks: false, skipTitle: true, search: '党' }),
    ],
    [
      'records by id, in and out of scope',
      RECORDS,
      () => ({ ...ids, issue: ids.issue, other: ids.otherTask }),
    ],
    [
      'a page past the end, with its total',
      '{ tasks(offset: 100000) { totalCount nodes { id } } }',
      () => ({}),
    ],
  ];

  it.each(cases)('answers %s as graphql-js does, for every caller', async (_name, query, variables) => {
    for (const caller of callers) {
      const { direct, expected } = await both(query, variables(), caller.token);
      expect(direct, caller.label).toBe(expected);
    }
  });

  it('is taken for the ledger reads of a caller who may see everything asked', async () => {
    const office = callers[0]!.token;
    for (const [name, query, variables] of cases) {
      const { tookDirect, expected } = await both(query, variables(), office);
      expect(tookDirect, name).toBe(true);
      expect(JSON.parse(expected).errors, name).toBeUndefined();
    }
  });

  it('reads each page in as few statements as graphql-js does', async () => {
    const office = callers[0]!.token;
    api.statements.length = 0;
    await api.gql(LEDGER_PAGE, { first: 50 }, { token: office });
    const direct = api.statements.length;
    api.statements.length = 0;
    await plain(LEDGER_PAGE, { first: 50 }, { token: office });
    expect(direct).toBe(api.statements.length);
    expect(direct).toBeLessThanOrEqual(2);
  });

  it('counts a page past the end in the same statement, either way', async () => {
    const office = callers[0]!.token;
    // The caller's user is then in each server's cache: what remains is the answer's own statement.
    for (const gql of [api.gql, plain]) await gql('{ me { permissions } }', {}, { token: office });
    for (const gql of [api.gql, plain]) {
      api.statements.length = 0;
      const result = await gql<{ tasks: { totalCount: number } }>(
        '{ tasks(offset: 100000) { totalCount nodes { id } } }',
        {},
        { token: office },
      );
      expect(result.data?.tasks.totalCount).toBeGreaterThan(0);
      expect(api.statements).toHaveLength(1);
    }
  });

  it.each([
    ['a computed field', '{ issues(first: 3) { nodes { code status } } }'],
    ['a field with arguments', '{ tasks(first: 2) { nodes { id } } me { username } }'],
    ['a relation the caller may not follow', LEDGER_PAGE],
  ])('leaves %s to graphql-js, with the same answer', async (name, query) => {
    const partner = callers.find((c) => c.label === 'PARTNER[LEDGER_READ]')!.token;
    const office = callers[0]!.token;
    const token = name === 'a relation the caller may not follow' ? partner : office;
    const { direct, expected, tookDirect } = await both(query, { first: 5 }, token);
    expect(tookDirect).toBe(false);
    expect(direct).toBe(expected);
  });

  it('still enforces the query limits before answering', async () => {
    const office = callers[0]!.token;
    const deep = `{ issues(first: 1) { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } }`;
    const result = await api.gql(deep, {}, { token: office });
    expect(result.errors?.[0]?.message).toBeTruthy();
    expect(result.data).toBeUndefined();
  });
});
