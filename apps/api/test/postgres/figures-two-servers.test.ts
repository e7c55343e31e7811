import { startTestApi, type TestApi } from '@rectify/api/testing';
import { type DatabaseHandle, openDatabase } from '@rectify/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../support/ops-harness.js';

// Two API servers on one PostgreSQL database, each through a handle of its own (a pool and listening
// connections, as two processes have), each keeping the dashboard's figures it counted: a change committed
// through one server, or straight in the database, clears the other's. Its notification arrives just after
// the commit, hence `expect.poll` (it retries at once; nothing here waits for a clock).

let api: TestApi;
let second: DatabaseHandle;
let other: TestApi['gql'];
let office = '';
let admin = '';
let leader = '';
/** An open task, its lead unit and its leader. */
let task = { id: 0, version: 0, leadUnitId: 0, leaderId: 0 };

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  second = await openDatabase({ url: api.databaseUrl! });
  other = (await api.alsoServeAt({}, second)).gql;
  [task] = (
    await query(
      `select id, version, lead_unit_id as "leadUnitId", leader_id as "leaderId" from tasks
       where status <> 'CLOSED' and lead_unit_id is not null and leader_id is not null order by id limit 1`,
    )
  ).rows;
  office = await api.tokenFor('OFFICE');
  admin = await api.tokenFor('ADMIN');
  leader = await api.tokenFor('LEADER', { leaderId: task.leaderId });
});
afterAll(async () => {
  await api?.close();
  await second?.close();
});

interface Counts {
  total: number;
  closed: number;
  overdue: number;
}
interface Figures {
  tasks: Counts;
  byUnit: (Counts & { unit: { id: number; name: string } })[];
  byLeader: (Counts & { leader: { id: number; name: string } })[];
}

const FIGURES = `{ ledgerFigures {
  tasks { total closed overdue }
  byUnit { total closed overdue unit { id name } }
  byLeader { total closed overdue leader { id name } } } }`;

async function figuresOn(gql: TestApi['gql'], token: string): Promise<Figures> {
  const answer = await gql<{ ledgerFigures: Figures }>(FIGURES, {}, { token });
  expect(answer.errors).toBeUndefined();
  return answer.data!.ledgerFigures;
}

const query = (text: string, params: unknown[] = []) => adminQuery(api.databaseUrl!, text, params);
const unitRow = (f: Figures) => f.byUnit.find((u) => u.unit.id === task.leadUnitId)!;

async function mutate(token: string, mutation: string, input: Record<string, unknown>) {
  const answer = await api.gql<Record<string, { errors: unknown[] }>>(mutation, { input }, { token });
  expect(answer.errors).toBeUndefined();
  expect(Object.values(answer.data!)[0]!.errors).toEqual([]);
}

describe('the figures cache of two API servers', () => {
  it('answers a signed-in caller’s figures again without a statement', async () => {
    await expect
      .poll(async () => {
        await figuresOn(api.gql, office);
        api.statements.length = 0;
        await figuresOn(api.gql, office);
        return api.statements.length;
      })
      .toBe(0);
  });

  it('follows a task moved to another unit through the other server, for the office and the task’s leader', async () => {
    const before = await figuresOn(other, office);
    const leaderBefore = await figuresOn(other, leader);
    expect(await figuresOn(other, office)).toEqual(before);
    const [to] = (await query('select id from units where id <> $1 order by id limit 1', [task.leadUnitId]))
      .rows;
    await mutate(
      office,
      'mutation ($input: AssignTaskInput!) { assignTask(input: $input) { errors { message } } }',
      { id: task.id, version: task.version, leaderId: task.leaderId, leadUnitId: to.id, coUnitIds: [] },
    );
    await expect
      .poll(async () => unitRow(await figuresOn(other, office)).total)
      .toBe(unitRow(before).total - 1);
    await expect
      .poll(async () => unitRow(await figuresOn(other, leader))?.total ?? 0)
      .toBe(unitRow(leaderBefore).total - 1);
    task.leadUnitId = to.id;
  });

  it('follows a unit renamed through the other server', async () => {
    expect(unitRow(await figuresOn(other, office)).unit.name).not.toBe('新名称单位');
    const [unit] = (await query('select version from units where id = $1', [task.leadUnitId])).rows;
    await mutate(
      admin,
      'mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { errors { message } } }',
      { id: task.leadUnitId, version: unit.version, name: '新名称单位' },
    );
    await expect.poll(async () => unitRow(await figuresOn(other, office)).unit.name).toBe('新名称单位');
  });

  it('follows a change written straight into the database, on both servers', async () => {
    const before = await figuresOn(other, office);
    expect(await figuresOn(api.gql, office)).toEqual(before);
    await query(`update tasks set status = 'CLOSED' where id = $1`, [task.id]);
    for (const gql of [other, api.gql])
      await expect
        .poll(async () => (await figuresOn(gql, office)).tasks.closed)
        .toBe(before.tasks.closed + 1);
  });
});
