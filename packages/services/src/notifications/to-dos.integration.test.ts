import { notifications } from '@rectify/db';
import type { Actor } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSupervisionGroup } from '../supervision/create-supervision-group.js';
import { followUpFinding } from '../supervision/follow-up-finding.js';
import { recordSupervisionVisit } from '../supervision/record-supervision-visit.js';
import { respondToFinding } from '../supervision/respond-to-finding.js';
import { approveClosureRequest } from '../workflow/approve-closure-request.js';
import { endorseClosureRequest } from '../workflow/endorse-closure-request.js';
import { requestClosure } from '../workflow/request-closure.js';
import { requestExtension } from '../workflow/request-extension.js';
import { type WorkflowFixture, workflowFixture } from '../workflow/test-fixture.js';
import { withdrawExtensionRequest } from '../workflow/withdraw-extension-request.js';

let f: WorkflowFixture;
beforeAll(async () => {
  f = await workflowFixture();
});
afterAll(async () => {
  await f?.close();
});

/** The reader's to-dos about one record (review requests, or a finding's turns): whether each is unread. */
async function toDos(actor: Actor, entity: string, entityId: number, kind = 'REVIEW_REQUESTED') {
  const rows = await f.t.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, actor.userId!),
        eq(notifications.kind, kind),
        eq(notifications.entity, entity),
        eq(notifications.entityId, entityId),
      ),
    );
  return rows.map((r) => (r.readAt == null ? 'unread' : 'done'));
}

async function closureRequested() {
  const task = await f.newTask();
  await f.upload(task.id);
  const { closureRequest } = await requestClosure(f.ctx(f.as.unit), { taskId: task.id, statement: '已完成' });
  return closureRequest;
}

describe('acting on a to-do marks it done', () => {
  it('settles each review step’s to-dos for every reviewer entitled, and no other request’s', async () => {
    const request = await closureRequested();
    const other = await closureRequested();
    expect(await toDos(f.as.leader, 'closureRequest', request.id)).toEqual(['unread']);

    await endorseClosureRequest(f.ctx(f.as.leader), { id: request.id, version: 1, decision: 'APPROVE' });
    expect(await toDos(f.as.leader, 'closureRequest', request.id)).toEqual(['done']);
    expect(await toDos(f.as.leader, 'closureRequest', other.id)).toEqual(['unread']);
    // The next step's to-do, asked in the same action, waits for the office.
    for (const office of [f.as.office, f.as.office2])
      expect(await toDos(office, 'closureRequest', request.id)).toEqual(['unread']);

    // One office reviewer decides: the request is no longer the other's to-do either.
    await approveClosureRequest(f.ctx(f.as.office), { id: request.id, version: 2, decision: 'APPROVE' });
    for (const office of [f.as.office, f.as.office2])
      expect(await toDos(office, 'closureRequest', request.id)).toEqual(['done']);
  });

  it('settles the to-do when the leader sends the request back', async () => {
    const request = await closureRequested();
    await endorseClosureRequest(f.ctx(f.as.leader), {
      id: request.id,
      version: 1,
      decision: 'REJECT',
      comment: '佐证材料不足',
    });
    expect(await toDos(f.as.leader, 'closureRequest', request.id)).toEqual(['done']);
  });

  it('settles the reviewers’ to-do when the unit withdraws the request', async () => {
    const task = await f.newTask();
    const request = await requestExtension(f.ctx(f.as.unit), {
      taskId: task.id,
      proposedDeadline: '2099-12-31',
      reason: '需待配套政策出台',
    });
    expect(await toDos(f.as.leader, 'extensionRequest', request.id)).toEqual(['unread']);
    await withdrawExtensionRequest(f.ctx(f.as.unit), { id: request.id, version: 1 });
    expect(await toDos(f.as.leader, 'extensionRequest', request.id)).toEqual(['done']);
  });

  it('settles nothing when the action is refused', async () => {
    const request = await closureRequested();
    await expect(
      endorseClosureRequest(f.ctx(f.as.leader), { id: request.id, version: 9, decision: 'APPROVE' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await toDos(f.as.leader, 'closureRequest', request.id)).toEqual(['unread']);
  });

  it('passes a finding’s to-do between the unit and the supervisors, turn by turn', async () => {
    const group = await createSupervisionGroup(f.ctx(f.as.supervisor), {
      name: '督查组（待办）',
      headName: '王强',
    });
    const {
      findings: [finding],
    } = await recordSupervisionVisit(f.ctx(f.as.supervisor), {
      groupId: group.id,
      unitId: f.unitIds.lead,
      visitDate: '2018-11-15',
      method: 'ON_SITE',
      summary: '查阅台账',
      findings: [{ text: '台账未及时更新', responseDue: '2018-11-30' }],
    });
    const turns = async () => ({
      unit: await toDos(f.as.unit, 'finding', finding!.id, 'SUPERVISION_FINDING'),
      supervisor: await toDos(f.as.supervisor, 'finding', finding!.id, 'SUPERVISION_FINDING'),
    });
    expect(await turns()).toEqual({ unit: ['unread'], supervisor: [] });
    await respondToFinding(f.ctx(f.as.unit), { id: finding!.id, response: '已更新' });
    expect(await turns()).toEqual({ unit: ['done'], supervisor: ['unread'] });
    await followUpFinding(f.ctx(f.as.supervisor), {
      id: finding!.id,
      outcome: 'RETURN',
      comment: '请附台账',
      responseDue: '2099-12-31',
    });
    expect(await turns()).toEqual({ unit: ['done', 'unread'], supervisor: ['done'] });
  });
});
