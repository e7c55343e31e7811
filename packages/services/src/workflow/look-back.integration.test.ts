import { deadlineChanges } from '@rectify/db';
import { eq } from 'drizzle-orm';
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
// The fixture's tasks are due 2018-12-31; the look-back happens in 2026, with a deadline after it.
const today = '2026-06-01T02:00:00Z';
const deadline = '2026-09-30';
const as = (actor: Parameters<WorkflowFixture['ctx']>[0]) => f.ctx(actor, today);

describe('look-back (回头看)', () => {
  it('reopens a closed task with a reason the unit and leader are told, and the unit resumes it', async () => {
    const task = await f.newTask({ status: 'CLOSED' });
    const reopened = await reopenTask(as(f.as.office), { id: task.id, version: 1, reason, deadline });
    expect(reopened).toMatchObject({ status: 'REOPENED', version: 2, deadline });
    expect(
      await f.t.db.select().from(deadlineChanges).where(eq(deadlineChanges.taskId, task.id)),
    ).toMatchObject([
      {
        fromDeadline: '2018-12-31',
        toDeadline: deadline,
        extensionRequestId: null,
        changedById: f.as.office.userId,
      },
    ]);
    const [audit] = await auditOf(f.t.db, 'task', task.id);
    expect(audit).toMatchObject({
      action: 'task.reopen',
      before: { status: 'CLOSED', deadline: '2018-12-31' },
      after: { status: 'REOPENED', reason, deadline, deadlineChange: { toDeadline: deadline } },
    });
    for (const actor of [f.as.unit, f.as.leader]) {
      const [notice] = await f.inbox(actor);
      expect(notice).toMatchObject({ kind: 'DECISION_MADE', entity: 'task', entityId: task.id });
      expect(notice!.message.zh).toContain(reason);
      expect(notice!.message.zh).toContain('2026年9月30日');
    }
    const resumed = await resumeTask(f.ctx(f.as.unit), { id: task.id, version: 2 });
    expect(resumed).toMatchObject({ status: 'IN_PROGRESS', version: 3 });
  });

  it('reopens an ongoing task too, but no task that is still open', async () => {
    const ongoing = await f.newTask({ status: 'ONGOING', term: 'LONG_TERM' });
    expect((await reopenTask(as(f.as.office), { id: ongoing.id, version: 1, reason, deadline })).status).toBe(
      'REOPENED',
    );
    const open = await f.newTask();
    const error = await failure(reopenTask(as(f.as.office), { id: open.id, version: 1, reason, deadline }));
    expect([error.code, ...fieldCodes(error)]).toEqual(['INVALID_TRANSITION', 'id:INVALID_TRANSITION']);
  });

  it('needs a new deadline, not before today, and names the field in both languages', async () => {
    const task = await f.newTask({ status: 'CLOSED' });
    const codes = async (value: string) =>
      fieldCodes(
        await failure(reopenTask(as(f.as.office), { id: task.id, version: 1, reason, deadline: value })),
      );
    expect(await codes('')).toEqual(['deadline:REQUIRED']);
    expect(await codes('2026-02-30')).toEqual(['deadline:INVALID_DATE']);
    const past = await failure(
      reopenTask(as(f.as.office), { id: task.id, version: 1, reason, deadline: '2026-05-31' }),
    );
    expect(past.fieldErrors).toMatchObject([
      {
        field: 'deadline',
        code: 'IN_PAST',
        message: {
          zh: '新的完成时限不能早于今天（2026年6月1日）',
          en: 'New deadline cannot be before today (2026-06-01)',
        },
      },
    ]);
    // Today itself will do; nothing was written by the refusals.
    expect((await f.taskRow(task.id)).status).toBe('CLOSED');
    const reopened = await reopenTask(as(f.as.office), {
      id: task.id,
      version: 1,
      reason,
      deadline: '2026-06-01',
    });
    expect(reopened.deadline).toBe('2026-06-01');
  });

  it('needs a reason, the current version and the office', async () => {
    const task = await f.newTask({ status: 'CLOSED' });
    expect(
      fieldCodes(
        await failure(reopenTask(as(f.as.office), { id: task.id, version: 1, reason: ' ', deadline })),
      ),
    ).toEqual(['reason:REQUIRED']);
    expect(
      (await failure(reopenTask(as(f.as.office), { id: task.id, version: 5, reason, deadline }))).code,
    ).toBe('CONFLICT');
    for (const actor of rolesWithout('task.reopen'))
      expect(
        (await failure(reopenTask(as(actor), { id: task.id, version: 1, reason, deadline }))).code,
        actor.role,
      ).toBe('FORBIDDEN');
    expect(
      (await failure(reopenTask(as(f.as.office), { id: 999_999, version: 1, reason, deadline }))).code,
    ).toBe('NOT_FOUND');
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
