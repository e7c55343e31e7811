import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { markTaskOngoing } from './mark-task-ongoing.js';
import { reopenTask } from './reopen-task.js';
import { resumeTask } from './resume-task.js';
import { rolesWithout, type WorkflowFixture, workflowFixture } from './test-fixture.js';

let f: WorkflowFixture;
beforeAll(async () => {
  f = await workflowFixture();
});
afterAll(async () => {
  await f?.close();
});

const reason = '回头看发现问题反弹回潮';

describe('look-back (回头看)', () => {
  it('reopens a closed task with a reason the unit and leader are told, and the unit resumes it', async () => {
    const task = await f.newTask({ status: 'CLOSED' });
    const reopened = await reopenTask(f.ctx(f.as.office), { id: task.id, version: 1, reason });
    expect(reopened).toMatchObject({ status: 'REOPENED', version: 2 });
    const [audit] = await auditOf(f.t.db, 'task', task.id);
    expect(audit).toMatchObject({
      action: 'task.reopen',
      before: { status: 'CLOSED' },
      after: { status: 'REOPENED', reason },
    });
    for (const actor of [f.as.unit, f.as.leader]) {
      const [notice] = await f.inbox(actor);
      expect(notice).toMatchObject({ kind: 'DECISION_MADE', entity: 'task', entityId: task.id });
      expect(notice!.message).toContain(reason);
    }
    const resumed = await resumeTask(f.ctx(f.as.unit), { id: task.id, version: 2 });
    expect(resumed).toMatchObject({ status: 'IN_PROGRESS', version: 3 });
  });

  it('reopens an ongoing task too, but no task that is still open', async () => {
    const ongoing = await f.newTask({ status: 'ONGOING', term: 'LONG_TERM' });
    expect((await reopenTask(f.ctx(f.as.office), { id: ongoing.id, version: 1, reason })).status).toBe(
      'REOPENED',
    );
    const open = await f.newTask();
    const error = await failure(reopenTask(f.ctx(f.as.office), { id: open.id, version: 1, reason }));
    expect([error.code, ...fieldCodes(error)]).toEqual(['INVALID_TRANSITION', 'id:INVALID_TRANSITION']);
  });

  it('needs a reason, the current version and the office', async () => {
    const task = await f.newTask({ status: 'CLOSED' });
    expect(
      fieldCodes(await failure(reopenTask(f.ctx(f.as.office), { id: task.id, version: 1, reason: ' ' }))),
    ).toEqual(['reason:REQUIRED']);
    expect((await failure(reopenTask(f.ctx(f.as.office), { id: task.id, version: 5, reason }))).code).toBe(
      'CONFLICT',
    );
    for (const actor of rolesWithout('task.reopen'))
      expect(
        (await failure(reopenTask(f.ctx(actor), { id: task.id, version: 1, reason }))).code,
        actor.role,
      ).toBe('FORBIDDEN');
    expect((await failure(reopenTask(f.ctx(f.as.office), { id: 999_999, version: 1, reason }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await f.taskRow(task.id)).status).toBe('CLOSED');
  });

  it('lets only the lead unit resume, and only a reopened task', async () => {
    const task = await f.newTask({ status: 'REOPENED' });
    expect(fieldCodes(await failure(resumeTask(f.ctx(f.as.coUnit), { id: task.id, version: 1 })))).toEqual([
      'taskId:NOT_LEAD_UNIT',
    ]);
    expect((await failure(resumeTask(f.ctx(f.as.otherUnit), { id: task.id, version: 1 }))).code).toBe(
      'NOT_FOUND',
    );
    for (const actor of rolesWithout('progress.report'))
      expect((await failure(resumeTask(f.ctx(actor), { id: task.id, version: 1 }))).code, actor.role).toBe(
        'FORBIDDEN',
      );
    const working = await f.newTask();
    expect((await failure(resumeTask(f.ctx(f.as.unit), { id: working.id, version: 1 }))).code).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('marks a long-term task basically done and continuing, and no other', async () => {
    const longTerm = await f.newTask({ term: 'LONG_TERM' });
    const marked = await markTaskOngoing(f.ctx(f.as.office), {
      id: longTerm.id,
      version: 1,
      comment: '建立长效机制',
    });
    expect(marked).toMatchObject({ status: 'ONGOING', version: 2 });
    const [audit] = await auditOf(f.t.db, 'task', longTerm.id);
    expect(audit).toMatchObject({ action: 'task.markOngoing', after: { comment: '建立长效机制' } });
    const byDeadline = await f.newTask();
    const wrongTerm = await failure(markTaskOngoing(f.ctx(f.as.office), { id: byDeadline.id, version: 1 }));
    expect(fieldCodes(wrongTerm)).toEqual(['status:ONGOING_NEEDS_LONG_TERM']);
    const requested = await f.newTask({ term: 'LONG_TERM', status: 'CLOSURE_REQUESTED' });
    expect((await failure(markTaskOngoing(f.ctx(f.as.office), { id: requested.id, version: 1 }))).code).toBe(
      'INVALID_TRANSITION',
    );
    for (const actor of rolesWithout('task.markOngoing'))
      expect(
        (await failure(markTaskOngoing(f.ctx(actor), { id: longTerm.id, version: 2 }))).code,
        actor.role,
      ).toBe('FORBIDDEN');
  });
});
