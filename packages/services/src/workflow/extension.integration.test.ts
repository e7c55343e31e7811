import { deadlineChanges, extensionRequests, reviews, tasks } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { approveExtensionRequest } from './approve-extension-request.js';
import { endorseExtensionRequest } from './endorse-extension-request.js';
import { requestExtension } from './request-extension.js';
import { rolesWithout, type WorkflowFixture, workflowFixture } from './test-fixture.js';
import { withdrawExtensionRequest } from './withdraw-extension-request.js';

let f: WorkflowFixture;
beforeAll(async () => {
  f = await workflowFixture();
});
afterAll(async () => {
  await f?.close();
});

// The fixture's clock: 2018-11-26. Tasks are due 2018-12-31.
const ask = { proposedDeadline: '2019-03-31', reason: '涉及历史遗留问题,需分批处置' };

async function requested() {
  const task = await f.newTask();
  const request = await requestExtension(f.ctx(f.as.unit), { taskId: task.id, ...ask });
  return { task, request };
}

async function endorsed() {
  const { task, request } = await requested();
  const { extensionRequest } = await endorseExtensionRequest(f.ctx(f.as.leader), {
    id: request.id,
    version: request.version,
    decision: 'APPROVE',
  });
  return { task, request: extensionRequest };
}

const historyOf = (taskId: number) =>
  f.t.db.select().from(deadlineChanges).where(eq(deadlineChanges.taskId, taskId));

describe('extensions (延期)', () => {
  it('moves the deadline only on the office’s approval after the leader’s endorsement, keeping the history', async () => {
    const { task, request } = await requested();
    expect(request).toMatchObject({
      taskId: task.id,
      currentDeadline: '2018-12-31',
      proposedDeadline: '2019-03-31',
      status: 'PENDING_ENDORSEMENT',
    });
    const endorsement = await endorseExtensionRequest(f.ctx(f.as.leader), {
      id: request.id,
      version: 1,
      decision: 'APPROVE',
    });
    expect(endorsement.extensionRequest.status).toBe('PENDING_APPROVAL');
    expect((await f.taskRow(task.id)).deadline).toBe('2018-12-31');
    const approval = await approveExtensionRequest(f.ctx(f.as.office), {
      id: request.id,
      version: 2,
      decision: 'APPROVE',
      comment: '同意延期',
    });
    expect(approval.extensionRequest.status).toBe('APPROVED');
    expect(approval.task).toMatchObject({
      deadline: '2019-03-31',
      status: 'IN_PROGRESS',
      version: task.version + 1,
    });
    expect(await historyOf(task.id)).toMatchObject([
      {
        fromDeadline: '2018-12-31',
        toDeadline: '2019-03-31',
        extensionRequestId: request.id,
        changedById: f.as.office.userId,
      },
    ]);
    expect(
      (await f.t.db.select().from(reviews).where(eq(reviews.extensionRequestId, request.id))).map((r) => [
        r.step,
        r.decision,
        r.reviewerId,
        r.taskStatusAtDecision,
      ]),
    ).toEqual([
      ['ENDORSEMENT', 'APPROVE', f.as.leader.userId, 'IN_PROGRESS'],
      ['APPROVAL', 'APPROVE', f.as.office.userId, 'IN_PROGRESS'],
    ]);
    expect((await auditOf(f.t.db, 'task', task.id)).map((a) => a.action)).toEqual(['task.extendDeadline']);
    // A second extension starts from the new deadline.
    const next = await requestExtension(f.ctx(f.as.unit), {
      taskId: task.id,
      ...ask,
      proposedDeadline: '2019-06-30',
    });
    expect(next.currentDeadline).toBe('2019-03-31');
  });

  it('reports every problem with the request at once', async () => {
    const task = await f.newTask();
    const error = await failure(
      requestExtension(f.ctx(f.as.unit), { taskId: task.id, proposedDeadline: '2018-12-01', reason: '' }),
    );
    expect(fieldCodes(error)).toEqual(['proposedDeadline:NOT_LATER', 'reason:REQUIRED']);
    const past = await f.newTask({ deadline: '2018-10-31' });
    const early = await failure(
      requestExtension(f.ctx(f.as.unit), { taskId: past.id, ...ask, proposedDeadline: '2018-11-20' }),
    );
    expect(fieldCodes(early)).toEqual(['proposedDeadline:IN_PAST']);
    const bad = await failure(
      requestExtension(f.ctx(f.as.unit), { taskId: task.id, ...ask, proposedDeadline: '2019-02-30' }),
    );
    expect(fieldCodes(bad)).toEqual(['proposedDeadline:INVALID_DATE']);
    const undated = await f.newTask({ deadline: null });
    expect(
      fieldCodes(await failure(requestExtension(f.ctx(f.as.unit), { taskId: undated.id, ...ask }))),
    ).toEqual(['taskId:NO_DEADLINE']);
    for (const status of ['CLOSED', 'ONGOING'] as const) {
      const done = await f.newTask({ status, term: 'LONG_TERM' });
      expect((await failure(requestExtension(f.ctx(f.as.unit), { taskId: done.id, ...ask }))).code).toBe(
        'INVALID_TRANSITION',
      );
    }
    expect(await f.t.db.$count(extensionRequests, eq(extensionRequests.taskId, task.id))).toBe(0);
  });

  it('keeps one request under review per task', async () => {
    const { task } = await requested();
    const twice = await failure(requestExtension(f.ctx(f.as.unit), { taskId: task.id, ...ask }));
    expect(fieldCodes(twice)).toEqual(['taskId:INVALID_TRANSITION']);
  });

  it('refuses every role and scope that may not act', async () => {
    const task = await f.newTask();
    expect(
      fieldCodes(await failure(requestExtension(f.ctx(f.as.coUnit), { taskId: task.id, ...ask }))),
    ).toEqual(['taskId:NOT_LEAD_UNIT']);
    expect((await failure(requestExtension(f.ctx(f.as.otherUnit), { taskId: task.id, ...ask }))).code).toBe(
      'NOT_FOUND',
    );
    for (const actor of rolesWithout('extension.request')) {
      expect(
        (await failure(requestExtension(f.ctx(actor), { taskId: task.id, ...ask }))).code,
        actor.role,
      ).toBe('FORBIDDEN');
    }
    const { request } = await requested();
    const input = { id: request.id, version: request.version, decision: 'APPROVE' as const };
    expect((await failure(endorseExtensionRequest(f.ctx(f.as.otherLeader), input))).code).toBe('NOT_FOUND');
    for (const actor of rolesWithout('extension.endorse'))
      expect((await failure(endorseExtensionRequest(f.ctx(actor), input))).code, actor.role).toBe(
        'FORBIDDEN',
      );
    for (const actor of rolesWithout('extension.approve'))
      expect((await failure(approveExtensionRequest(f.ctx(actor), input))).code, actor.role).toBe(
        'FORBIDDEN',
      );
    expect((await failure(approveExtensionRequest(f.ctx(f.as.office), input))).code).toBe(
      'INVALID_TRANSITION',
    );
    for (const actor of [f.as.coUnit, f.as.leader, f.as.office]) {
      expect(
        (await failure(withdrawExtensionRequest(f.ctx(actor), { id: request.id, version: 1 }))).code,
      ).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
  });

  it('leaves the deadline when the leader or the office rejects, with the reason', async () => {
    const { task, request } = await requested();
    const noReason = await failure(
      endorseExtensionRequest(f.ctx(f.as.leader), { id: request.id, version: 1, decision: 'REJECT' }),
    );
    expect(fieldCodes(noReason)).toEqual(['comment:REQUIRED']);
    const rejected = await endorseExtensionRequest(f.ctx(f.as.leader), {
      id: request.id,
      version: 1,
      decision: 'REJECT',
      comment: '理由不充分',
    });
    expect(rejected.extensionRequest.status).toBe('REJECTED');
    const { task: other, request: endorsedRequest } = await endorsed();
    const byOffice = await approveExtensionRequest(f.ctx(f.as.office), {
      id: endorsedRequest.id,
      version: endorsedRequest.version,
      decision: 'REJECT',
      comment: '请按原时限完成',
    });
    expect(byOffice.extensionRequest.status).toBe('REJECTED');
    for (const id of [task.id, other.id]) {
      expect(await f.taskRow(id)).toMatchObject({ deadline: '2018-12-31', version: 1 });
      expect(await historyOf(id)).toEqual([]);
    }
  });

  it('lets the lead unit withdraw, and refuses an approval when the deadline moved meanwhile', async () => {
    const { request } = await requested();
    expect((await withdrawExtensionRequest(f.ctx(f.as.unit), { id: request.id, version: 1 })).status).toBe(
      'WITHDRAWN',
    );
    const { task, request: endorsedRequest } = await endorsed();
    await f.t.db.update(tasks).set({ deadline: '2019-01-31' }).where(eq(tasks.id, task.id));
    const moved = await failure(
      approveExtensionRequest(f.ctx(f.as.office), {
        id: endorsedRequest.id,
        version: endorsedRequest.version,
        decision: 'APPROVE',
      }),
    );
    expect(moved.code).toBe('CONFLICT');
    expect(await historyOf(task.id)).toEqual([]);
  });

  it('lets exactly one of two office reviewers acting at once decide', async () => {
    const { task, request } = await endorsed();
    const input = { id: request.id, version: request.version, decision: 'APPROVE' as const };
    const results = await Promise.allSettled([
      approveExtensionRequest(f.ctx(f.as.office), input),
      approveExtensionRequest(f.ctx(f.as.office2), input),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await historyOf(task.id)).toHaveLength(1);
    expect(await f.taskRow(task.id)).toMatchObject({ deadline: '2019-03-31', version: task.version + 1 });
  });
});
