import { closureRequests, reviews, users } from '@rectify/db';
import { systemActor, userActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateTask } from '../ledger/update-task.js';
import { readSpec } from '../read/read-spec.js';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { approveClosureRequest } from './approve-closure-request.js';
import { endorseClosureRequest } from './endorse-closure-request.js';
import { listClosureRequests } from './list-requests.js';
import { requestClosure } from './request-closure.js';
import { rolesWithout, type WorkflowFixture, workflowFixture } from './test-fixture.js';
import { withdrawClosureRequest } from './withdraw-closure-request.js';

let f: WorkflowFixture;
beforeAll(async () => {
  f = await workflowFixture();
});
afterAll(async () => {
  await f?.close();
});

const statement = '已完成整改,建立长效机制。';

/** A task with evidence and a closure request awaiting endorsement. */
async function requested() {
  const task = await f.newTask();
  await f.upload(task.id);
  const { closureRequest } = await requestClosure(f.ctx(f.as.unit), { taskId: task.id, statement });
  return { task: await f.taskRow(task.id), request: closureRequest };
}

/** …and endorsed by the task's leader. */
async function endorsed() {
  const { task, request } = await requested();
  const { closureRequest } = await endorseClosureRequest(f.ctx(f.as.leader), {
    id: request.id,
    version: request.version,
    decision: 'APPROVE',
  });
  return { task: await f.taskRow(task.id), request: closureRequest };
}

const reviewsOf = (id: number) =>
  f.t.db.select().from(reviews).where(eq(reviews.closureRequestId, id)).orderBy(reviews.id);
const requestRow = async (id: number) =>
  (await f.t.db.select().from(closureRequests).where(eq(closureRequests.id, id)))[0]!;

describe('closure (销号): request, endorsement, approval', () => {
  it('closes a task through the unit, the leader and the office, each review recording the task as it stood', async () => {
    const task = await f.newTask();
    await f.upload(task.id);
    const evidenceVersion = (await f.taskRow(task.id)).version;
    const at = (time: string) => `2018-11-2${time}+08:00`;
    const requestedResult = await requestClosure(f.ctx(f.as.unit, at('0T09:00:00')), {
      taskId: task.id,
      statement,
    });
    expect(requestedResult.closureRequest).toMatchObject({
      taskId: task.id,
      requestedById: f.as.unit.userId,
      statement,
      status: 'PENDING_ENDORSEMENT',
      endorsedTaskVersion: null,
      version: 1,
    });
    expect(requestedResult.task).toMatchObject({ status: 'CLOSURE_REQUESTED', version: evidenceVersion + 1 });
    const id = requestedResult.closureRequest.id;

    const endorsement = await endorseClosureRequest(f.ctx(f.as.leader, at('1T10:00:00')), {
      id,
      version: 1,
      decision: 'APPROVE',
      comment: '情况属实',
    });
    expect(endorsement.closureRequest).toMatchObject({
      status: 'PENDING_APPROVAL',
      endorsedTaskVersion: evidenceVersion + 1,
      version: 2,
    });
    const approval = await approveClosureRequest(f.ctx(f.as.office, at('2T11:00:00')), {
      id,
      version: 2,
      decision: 'APPROVE',
      comment: '同意销号',
    });
    expect(approval.closureRequest).toMatchObject({ status: 'APPROVED', version: 3 });
    expect(approval.task).toMatchObject({ status: 'CLOSED', version: evidenceVersion + 2 });

    expect(await reviewsOf(id)).toMatchObject([
      {
        step: 'ENDORSEMENT',
        decision: 'APPROVE',
        comment: '情况属实',
        reviewerId: f.as.leader.userId,
        taskStatusAtDecision: 'CLOSURE_REQUESTED',
        taskVersionAtDecision: evidenceVersion + 1,
        decidedAt: new Date(at('1T10:00:00')),
      },
      {
        step: 'APPROVAL',
        decision: 'APPROVE',
        comment: '同意销号',
        reviewerId: f.as.office.userId,
        taskStatusAtDecision: 'CLOSURE_REQUESTED',
        taskVersionAtDecision: evidenceVersion + 1,
        decidedAt: new Date(at('2T11:00:00')),
      },
    ]);
    expect((await auditOf(f.t.db, 'closureRequest', id)).map((a) => a.action)).toEqual([
      'closureRequest.approve',
      'closureRequest.endorse',
      'closureRequest.create',
    ]);
    expect((await auditOf(f.t.db, 'task', task.id)).map((a) => a.action)).toEqual([
      'task.close',
      'task.requestClosure',
      'task.addEvidence',
    ]);
    // The history names the file, not only its id.
    const added = (await auditOf(f.t.db, 'task', task.id)).find((a) => a.action === 'task.addEvidence');
    expect(added?.after).toMatchObject({ fileName: '整改报告.pdf' });
    // Each step reaches the next reviewer's inbox, and the decision the unit's and the leader's.
    expect((await f.inbox(f.as.leader)).map((n) => [n.kind, n.entity, n.entityId])).toEqual([
      ['REVIEW_REQUESTED', 'closureRequest', id],
      ['DECISION_MADE', 'closureRequest', id],
    ]);
    for (const office of [f.as.office, f.as.office2])
      expect((await f.inbox(office)).map((n) => n.kind)).toEqual(['REVIEW_REQUESTED']);
    // The actor is not told of their own action: the unit hears of the two decisions only.
    expect((await f.inbox(f.as.unit)).map((n) => n.kind)).toEqual(['DECISION_MADE', 'DECISION_MADE']);
  });

  it('needs a statement and evidence, and a task that may be closed', async () => {
    const task = await f.newTask();
    const error = await failure(requestClosure(f.ctx(f.as.unit), { taskId: task.id, statement: ' ' }));
    expect(error.code).toBe('VALIDATION');
    expect(fieldCodes(error)).toEqual(['evidence:EVIDENCE_REQUIRED', 'statement:REQUIRED']);
    const closed = await f.newTask({ status: 'CLOSED' });
    expect((await failure(requestClosure(f.ctx(f.as.unit), { taskId: closed.id, statement }))).code).toBe(
      'INVALID_TRANSITION',
    );
    const { task: pending } = await requested();
    const twice = await failure(requestClosure(f.ctx(f.as.unit), { taskId: pending.id, statement }));
    expect(fieldCodes(twice)).toEqual(['taskId:INVALID_TRANSITION']);
    expect(await f.t.db.$count(closureRequests, eq(closureRequests.taskId, pending.id))).toBe(1);
  });

  it('lets only the lead unit request; any other unit is told the task does not exist', async () => {
    const task = await f.newTask();
    await f.upload(task.id);
    const co = await failure(requestClosure(f.ctx(f.as.coUnit), { taskId: task.id, statement }));
    expect([co.code, ...fieldCodes(co)]).toEqual(['FORBIDDEN', 'taskId:NOT_LEAD_UNIT']);
    const hidden = await failure(requestClosure(f.ctx(f.as.otherUnit), { taskId: task.id, statement }));
    const missing = await failure(requestClosure(f.ctx(f.as.otherUnit), { taskId: 999_999, statement }));
    expect(hidden.code).toBe('NOT_FOUND');
    expect(hidden.label).toEqual(missing.label);
    for (const actor of rolesWithout('closure.request')) {
      expect(
        (await failure(requestClosure(f.ctx(actor), { taskId: task.id, statement }))).code,
        actor.role,
      ).toBe('FORBIDDEN');
    }
    expect((await f.taskRow(task.id)).status).toBe('IN_PROGRESS');
  });

  it('lets only the task’s leader endorse, and the office decide only after endorsement', async () => {
    const { task, request } = await requested();
    const input = { id: request.id, version: request.version, decision: 'APPROVE' as const };
    expect((await failure(endorseClosureRequest(f.ctx(f.as.otherLeader), input))).code).toBe('NOT_FOUND');
    for (const actor of rolesWithout('closure.endorse')) {
      expect((await failure(endorseClosureRequest(f.ctx(actor), input))).code, actor.role).toBe('FORBIDDEN');
    }
    for (const actor of rolesWithout('closure.approve')) {
      expect((await failure(approveClosureRequest(f.ctx(actor), input))).code, actor.role).toBe('FORBIDDEN');
    }
    const early = await failure(approveClosureRequest(f.ctx(f.as.office), input));
    expect(early.code).toBe('INVALID_TRANSITION');
    // A review is signed by a person: a LEADER actor without a user cannot sign.
    const system = systemActor('LEADER', { leaderId: f.leaderIds.own });
    expect(fieldCodes(await failure(endorseClosureRequest(f.ctx(system), input)))).toEqual([':NO_REVIEWER']);
    expect(await reviewsOf(request.id)).toEqual([]);
    expect(await requestRow(request.id)).toMatchObject({ status: 'PENDING_ENDORSEMENT', version: 1 });
    expect((await f.taskRow(task.id)).status).toBe('CLOSURE_REQUESTED');
  });

  it('sends the task back to work when the leader rejects, with the reason required', async () => {
    const { task, request } = await requested();
    const input = { id: request.id, version: request.version, decision: 'REJECT' as const };
    expect(fieldCodes(await failure(endorseClosureRequest(f.ctx(f.as.leader), input)))).toEqual([
      'comment:REQUIRED',
    ]);
    const result = await endorseClosureRequest(f.ctx(f.as.leader), { ...input, comment: '佐证材料不充分' });
    expect(result.closureRequest).toMatchObject({ status: 'REJECTED', endorsedTaskVersion: null });
    expect(result.task).toMatchObject({ status: 'IN_PROGRESS', version: task.version + 1 });
    expect(await reviewsOf(request.id)).toMatchObject([
      {
        step: 'ENDORSEMENT',
        decision: 'REJECT',
        comment: '佐证材料不充分',
        taskStatusAtDecision: 'CLOSURE_REQUESTED',
      },
    ]);
    const [notice] = await f.inbox(f.as.unit);
    expect(notice).toBeDefined();
    // The unit may ask again once it has done more.
    const again = await requestClosure(f.ctx(f.as.unit), { taskId: task.id, statement });
    expect(again.closureRequest.status).toBe('PENDING_ENDORSEMENT');
  });

  it('sends the task back to work when the office rejects, saying why', async () => {
    const { task, request } = await endorsed();
    const result = await approveClosureRequest(f.ctx(f.as.office), {
      id: request.id,
      version: request.version,
      decision: 'REJECT',
      comment: '未见长效机制文件',
    });
    expect(result.closureRequest.status).toBe('REJECTED');
    expect(result.task).toMatchObject({ status: 'IN_PROGRESS', version: task.version + 1 });
    const [, office] = await reviewsOf(request.id);
    expect(office).toMatchObject({ step: 'APPROVAL', decision: 'REJECT', comment: '未见长效机制文件' });
  });

  it('asks for endorsement again when the task changed after it was endorsed', async () => {
    const { task, request } = await endorsed();
    await updateTask(f.ctx(f.as.office), { id: task.id, version: task.version, measure: '修订后的整改措施' });
    const pending = await listClosureRequests<{ id: number; endorsementCurrent?: boolean }>(
      f.ctx(f.as.leader),
      { filter: { awaiting: 'ENDORSEMENT', taskId: task.id }, page: {} },
      readSpec(['id']),
      { withTotal: false },
    );
    expect(pending.nodes.map((n) => n.id)).toEqual([request.id]);

    const input = { id: request.id, version: request.version, decision: 'APPROVE' as const };
    const outdated = await failure(approveClosureRequest(f.ctx(f.as.office), input));
    expect([outdated.code, ...fieldCodes(outdated)]).toEqual([
      'INVALID_TRANSITION',
      'id:ENDORSEMENT_OUTDATED',
    ]);
    const again = await endorseClosureRequest(f.ctx(f.as.leader), input);
    expect(again.closureRequest).toMatchObject({
      status: 'PENDING_APPROVAL',
      endorsedTaskVersion: task.version + 1,
      version: request.version + 1,
    });
    const approved = await approveClosureRequest(f.ctx(f.as.office), {
      ...input,
      version: request.version + 1,
    });
    expect(approved.task.status).toBe('CLOSED');
    expect((await reviewsOf(request.id)).map((r) => [r.step, r.taskVersionAtDecision])).toEqual([
      ['ENDORSEMENT', task.version],
      ['ENDORSEMENT', task.version + 1],
      ['APPROVAL', task.version + 1],
    ]);
    // An endorsement still current cannot be given twice.
    const { request: fresh } = await endorsed();
    const twice = await failure(
      endorseClosureRequest(f.ctx(f.as.leader), {
        id: fresh.id,
        version: fresh.version,
        decision: 'APPROVE',
      }),
    );
    expect(twice.code).toBe('INVALID_TRANSITION');
  });

  it('lets the lead unit withdraw a request under review, and nobody else', async () => {
    const { task, request } = await requested();
    const input = { id: request.id, version: request.version };
    const co = await failure(withdrawClosureRequest(f.ctx(f.as.coUnit), input));
    expect(fieldCodes(co)).toEqual(['taskId:NOT_LEAD_UNIT']);
    expect((await failure(withdrawClosureRequest(f.ctx(f.as.otherUnit), input))).code).toBe('NOT_FOUND');
    for (const actor of rolesWithout('closure.request')) {
      expect((await failure(withdrawClosureRequest(f.ctx(actor), input))).code, actor.role).toBe('FORBIDDEN');
    }
    const result = await withdrawClosureRequest(f.ctx(f.as.unit), input);
    expect(result.closureRequest).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    expect(result.task).toMatchObject({ status: 'IN_PROGRESS', version: task.version + 1 });
    const late = await failure(
      endorseClosureRequest(f.ctx(f.as.leader), { id: request.id, version: 2, decision: 'APPROVE' }),
    );
    expect(late.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a decision on a version that is no longer current', async () => {
    const { request } = await requested();
    const stale = await failure(
      endorseClosureRequest(f.ctx(f.as.leader), { id: request.id, version: 7, decision: 'APPROVE' }),
    );
    expect([stale.code, ...fieldCodes(stale)]).toEqual(['CONFLICT', 'version:CONFLICT']);
    expect(await reviewsOf(request.id)).toEqual([]);
  });
});

describe('two reviewers acting on one request at the same moment', () => {
  it('lets exactly one office reviewer decide; the other gets a conflict and nothing else changes', async () => {
    const { task, request } = await endorsed();
    const input = { id: request.id, version: request.version };
    const results = await Promise.allSettled([
      approveClosureRequest(f.ctx(f.as.office), { ...input, decision: 'APPROVE' }),
      approveClosureRequest(f.ctx(f.as.office2), { ...input, decision: 'REJECT', comment: '材料不全' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: 'CONFLICT' });
    const decisions = await reviewsOf(request.id);
    expect(decisions.filter((r) => r.step === 'APPROVAL')).toHaveLength(1);
    const decided = decisions.at(-1)!;
    expect(await requestRow(request.id)).toMatchObject({
      status: decided.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED',
      version: request.version + 1,
    });
    expect(await f.taskRow(task.id)).toMatchObject({
      status: decided.decision === 'APPROVE' ? 'CLOSED' : 'IN_PROGRESS',
      version: task.version + 1,
    });
    expect((await auditOf(f.t.db, 'closureRequest', request.id)).map((a) => a.action)).toHaveLength(3);
  });

  it('lets exactly one of two users of the same leader endorse', async () => {
    const [second] = await f.t.db
      .insert(users)
      .values({
        username: 'leader-deputy',
        displayName: '同一领导',
        passwordHash: 'x',
        role: 'LEADER',
        leaderId: f.leaderIds.own,
      })
      .returning();
    const deputy = userActor('LEADER', second!.id, { leaderId: f.leaderIds.own });
    const { request } = await requested();
    const input = { id: request.id, version: request.version, decision: 'APPROVE' as const };
    const results = await Promise.allSettled([
      endorseClosureRequest(f.ctx(f.as.leader), input),
      endorseClosureRequest(f.ctx(deputy), input),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await reviewsOf(request.id)).toHaveLength(1);
    expect(await requestRow(request.id)).toMatchObject({ status: 'PENDING_APPROVAL', version: 2 });
  });
});
