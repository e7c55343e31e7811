import { auditEvents } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeTask,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import {
  type Actor,
  PartnerScope,
  type Permission,
  partnerActor,
  type Role,
  userActor,
} from '@rectify/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../kernel/context.js';
import { failure } from '../testing/assertions.js';
import { contextFor } from '../testing/index.js';
import { assignTask } from './assign-task.js';
import { bulkAssignTasks } from './bulk-assign-tasks.js';
import { createInspection } from './create-inspection.js';
import { createIssue } from './create-issue.js';
import { createTask } from './create-task.js';
import { deleteIssue } from './delete-issue.js';
import { reportProgress } from './report-progress.js';
import { updateInspection } from './update-inspection.js';
import { updateIssue } from './update-issue.js';
import { updateTask } from './update-task.js';

let t: TestDatabase;
const ids = { inspection: 0, issue: 0, task: 0, unit: 0 };

beforeAll(async () => {
  t = await createTestDatabase();
  ids.unit = (await makeUnit(t.db)).id;
  ids.inspection = (await makeInspection(t.db)).id;
  ids.issue = (await makeIssue(t.db, { inspectionId: ids.inspection })).id;
  ids.task = (await makeTask(t.db, { issueId: ids.issue, leadUnitId: ids.unit })).id;
});
afterAll(async () => {
  await t?.close();
});

// Every ledger write, called with valid input: only the permission decides the answer.
const writes: [string, Permission, (ctx: ServiceContext) => Promise<unknown>][] = [
  [
    'create-inspection',
    'inspection.write',
    (ctx) =>
      createInspection(ctx, {
        name: 'x',
        inspectingBody: 'x',
        inspectedOrganisation: 'x',
        level: 'MUNICIPAL',
      }),
  ],
  [
    'update-inspection',
    'inspection.write',
    (ctx) => updateInspection(ctx, { id: ids.inspection, version: 1, name: 'y' }),
  ],
  [
    'create-issue',
    'issue.write',
    (ctx) => createIssue(ctx, { inspectionId: ids.inspection, kind: 'AREA', code: 'Z', title: 'z' }),
  ],
  ['update-issue', 'issue.write', (ctx) => updateIssue(ctx, { id: ids.issue, version: 1, title: 'y' })],
  ['delete-issue', 'issue.write', (ctx) => deleteIssue(ctx, { id: ids.issue, version: 1 })],
  ['create-task', 'task.write', (ctx) => createTask(ctx, { issueId: ids.issue, measure: 'm' })],
  ['update-task', 'task.write', (ctx) => updateTask(ctx, { id: ids.task, version: 1, measure: 'y' })],
  [
    'assign-task',
    'task.assign',
    (ctx) =>
      assignTask(ctx, { id: ids.task, version: 1, leaderId: null, leadUnitId: ids.unit, coUnitIds: [] }),
  ],
  [
    'bulk-assign-tasks',
    'task.assign',
    (ctx) => bulkAssignTasks(ctx, { taskIds: [ids.task], leaderId: null }),
  ],
  [
    'report-progress',
    'progress.report',
    (ctx) => reportProgress(ctx, { taskId: ids.task, period: '2018-10-08', text: 't', percent: 10 }),
  ],
];

const actors: [Role, Actor][] = [
  ['ADMIN', userActor('ADMIN', 1)],
  ['OFFICE', userActor('OFFICE', 2)],
  ['LEADER', userActor('LEADER', 3, { leaderId: 1 })],
  ['UNIT', userActor('UNIT', 4, { unitId: 1 })],
  ['SUPERVISOR', userActor('SUPERVISOR', 5)],
  ['DISCIPLINE', userActor('DISCIPLINE', 6)],
  ['PARTNER', partnerActor(1, PartnerScope.values)],
];

// Stated here rather than derived from the role matrix, so that a change in access fails this test.
const allowed: Record<
  Permission & ('inspection.write' | 'issue.write' | 'task.write' | 'task.assign' | 'progress.report'),
  Role[]
> = {
  'inspection.write': ['OFFICE'],
  'issue.write': ['OFFICE'],
  'task.write': ['OFFICE'],
  'task.assign': ['OFFICE'],
  'progress.report': ['UNIT'],
};

describe('ledger write permissions', () => {
  const denied = writes.flatMap(([name, permission, call]) =>
    actors
      .filter(([role]) => !allowed[permission as keyof typeof allowed].includes(role))
      .map(([role, actor]) => [name, role, actor, call] as const),
  );

  it.each(denied)('%s refuses %s with FORBIDDEN and writes nothing', async (_name, _role, actor, call) => {
    const audits = await t.db.$count(auditEvents);
    const error = await failure(call(contextFor(t.db, actor)));
    expect(error.code).toBe('FORBIDDEN');
    expect(await t.db.$count(auditEvents)).toBe(audits);
  });

  it('covers UNIT, LEADER, SUPERVISOR, DISCIPLINE and PARTNER for every office write', () => {
    for (const [name, permission] of writes) {
      if (permission === 'progress.report') continue;
      const roles = denied.filter(([n]) => n === name).map(([, role]) => role);
      expect(roles, name).toEqual(
        expect.arrayContaining(['UNIT', 'LEADER', 'SUPERVISOR', 'DISCIPLINE', 'PARTNER']),
      );
    }
  });
});
