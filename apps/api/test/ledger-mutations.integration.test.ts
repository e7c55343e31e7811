import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

let api: TestApi;
let office: string;

type Task = {
  id: number;
  version: number;
  leaderId: number | null;
  leadUnit: { id: number; name: string } | null;
};

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  office = await api.tokenFor('OFFICE');
});
afterAll(async () => {
  await api?.close();
});

const firstTasks = async (n: number) =>
  (
    await api.gql<{ tasks: { nodes: Task[] } }>(
      `{ tasks(first: ${n}) { nodes { id version leaderId leadUnit { id name } } } }`,
      {},
      { token: office },
    )
  ).data!.tasks.nodes;

describe('ledger mutations over GraphQL', () => {
  it('assigns a task, returns it with the nested selection, and records the change in the audit log', async () => {
    const [task] = await firstTasks(1);
    const units = await api.gql<{ units: { nodes: { id: number; name: string }[] } }>(
      '{ units(first: 3) { nodes { id name } } }',
      {},
      { token: office },
    );
    const [lead, co] = units.data!.units.nodes;
    const result = await api.gql<{
      assignTask: { task: Task & { coUnits: { name: string }[] }; errors: unknown[] };
    }>(
      `mutation ($input: AssignTaskInput!) {
        assignTask(input: $input) { task { id version leadUnit { id name } coUnits { name } } errors { field code message } }
      }`,
      {
        input: {
          id: task!.id,
          version: task!.version,
          leaderId: null,
          leadUnitId: lead!.id,
          coUnitIds: [co!.id],
        },
      },
      { token: office },
    );
    expect(result.data?.assignTask.errors).toEqual([]);
    expect(result.data?.assignTask.task).toMatchObject({
      id: task!.id,
      version: task!.version + 1,
      leadUnit: lead,
      coUnits: [{ name: co!.name }],
    });
    const audit = await api.gql<{
      auditEvents: {
        nodes: { action: string; before: { leadUnitId: number }; after: { leadUnitId: number } }[];
      };
    }>(
      `{ auditEvents(filter: { entity: "task", entityId: "${task!.id}" }, first: 5) { nodes { action before after } } }`,
      {},
      { token: office },
    );
    expect(audit.data?.auditEvents.nodes[0]).toMatchObject({
      action: 'task.assign',
      after: { leadUnitId: lead!.id },
    });
  });

  it('refuses a stale version with a conflict, in the caller’s language, and changes nothing', async () => {
    const [, task] = await firstTasks(2);
    const stale = {
      id: task!.id,
      version: task!.version,
      leaderId: null,
      leadUnitId: null,
      coUnitIds: [],
    };
    await api.gql(
      'mutation ($i: AssignTaskInput!) { assignTask(input: $i) { errors { code } } }',
      { i: { ...stale } },
      { token: office },
    );
    const again = await api.gql<{
      assignTask: { task: null; errors: { field: string; code: string; message: string }[] };
    }>(
      'mutation ($i: AssignTaskInput!) { assignTask(input: $i) { task { id } errors { field code message } } }',
      { i: stale },
      { token: office, locale: 'en' },
    );
    expect(again.data?.assignTask.task).toBeNull();
    expect(again.data?.assignTask.errors[0]).toMatchObject({ field: 'version', code: 'CONFLICT' });
    expect(again.data?.assignTask.errors[0]?.message).toBe(
      'the task was changed by someone else; reload and try again — your input is kept',
    );
    expect((await firstTasks(2))[1]?.version).toBe(task!.version + 1);
  });

  it('assigns in bulk all or nothing', async () => {
    const tasks = await firstTasks(3);
    const before = tasks.map((t) => t.leaderId);
    const refused = await api.gql<{
      bulkAssignTasks: { tasks: null; errors: { field: string; code: string }[] };
    }>(
      'mutation ($i: BulkAssignTasksInput!) { bulkAssignTasks(input: $i) { tasks { id } errors { field code } } }',
      { i: { taskIds: [...tasks.map((t) => t.id), 999_999], leaderId: 1 } },
      { token: office },
    );
    expect(refused.data?.bulkAssignTasks.tasks).toBeNull();
    expect(refused.data?.bulkAssignTasks.errors.map((e) => e.code)).toContain('NOT_FOUND');
    expect((await firstTasks(3)).map((t) => t.leaderId)).toEqual(before);
    const done = await api.gql<{
      bulkAssignTasks: { tasks: { id: number; leaderId: number }[]; errors: unknown[] };
    }>(
      'mutation ($i: BulkAssignTasksInput!) { bulkAssignTasks(input: $i) { tasks { id leaderId } errors { field code } } }',
      { i: { taskIds: tasks.map((t) => t.id), leaderId: 1 } },
      { token: office },
    );
    expect(done.data?.bulkAssignTasks.tasks.map((t) => t.leaderId)).toEqual([1, 1, 1]);
  });

  it('lists every problem of a bad input, each naming its field', async () => {
    const result = await api.gql<{
      createTask: { errors: { field: string; code: string; message: string }[] };
    }>(
      'mutation { createTask(input: { issueId: 999999, measure: "", deadline: "2018-02-30", leadUnitId: 888888 }) { errors { field code message } } }',
      {},
      { token: office },
    );
    // An impossible date is refused by the Date scalar before anything runs.
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/Date must be an ISO date/);
    const valid = await api.gql<{
      createTask: { errors: { field: string; code: string; message: string }[] };
    }>(
      'mutation { createTask(input: { issueId: 999999, measure: "", leadUnitId: 888888 }) { errors { field code message } } }',
      {},
      { token: office },
    );
    expect(valid.data?.createTask.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'issueId:NOT_FOUND',
      'leadUnitId:NOT_FOUND',
      'measure:REQUIRED',
    ]);
    expect(valid.data?.createTask.errors.find((e) => e.field === 'measure')?.message).toMatch(/不能为空/);
  });

  it('lets only the lead unit report progress on its task', async () => {
    const [task] = await firstTasks(1);
    const leadUnitId = task!.leadUnit!.id;
    const lead = await api.tokenFor('UNIT', { unitId: leadUnitId });
    const report = `mutation ($i: ReportProgressInput!) { reportProgress(input: $i) { progressReport { percent unit { name } task { id } } errors { field code } } }`;
    const ok = await api.gql<{ reportProgress: { progressReport: { percent: number }; errors: unknown[] } }>(
      report,
      { i: { taskId: task!.id, period: '2018-11-19', text: '已完成整改。', percent: 90 } },
      { token: lead },
    );
    expect(ok.data?.reportProgress).toMatchObject({
      progressReport: { percent: 90, task: { id: task!.id } },
      errors: [],
    });
    const all = await api.gql<{ task: { coUnits: { id: number }[] }; units: { nodes: { id: number }[] } }>(
      `{ task(id: ${task!.id}) { coUnits { id } } units(first: 100) { nodes { id } } }`,
      {},
      { token: office },
    );
    const involved = new Set([leadUnitId, ...all.data!.task.coUnits.map((u) => u.id)]);
    const other = all.data!.units.nodes.find((u) => !involved.has(u.id))!;
    const stranger = await api.tokenFor('UNIT', { unitId: other.id });
    const hidden = await api.gql<{ reportProgress: { errors: { code: string }[] } }>(
      report,
      { i: { taskId: task!.id, period: '2018-11-19', text: 'x', percent: 10 } },
      { token: stranger },
    );
    expect(hidden.data?.reportProgress.errors[0]?.code).toBe('NOT_FOUND');
  });
});
