import { findings } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpec } from '../read/read-spec.js';
import { auditOf, failure, fieldCodes } from '../testing/assertions.js';
import { rolesWithout, type WorkflowFixture, workflowFixture } from '../workflow/test-fixture.js';
import { addFinding } from './add-finding.js';
import { createSupervisionGroup } from './create-supervision-group.js';
import { followUpFinding } from './follow-up-finding.js';
import { listFindings, listSupervisionVisits, listUnitFindings } from './list-supervision.js';
import { recordSupervisionVisit } from './record-supervision-visit.js';
import { respondToFinding } from './respond-to-finding.js';

let f: WorkflowFixture;
let groupId = 0;
beforeAll(async () => {
  f = await workflowFixture();
  groupId = (
    await createSupervisionGroup(f.ctx(f.as.supervisor), { name: '市委第一督查组', headName: '李明' })
  ).id;
});
afterAll(async () => {
  await f?.close();
});

const visit = (values: Record<string, unknown> = {}) =>
  recordSupervisionVisit(f.ctx(f.as.supervisor), {
    groupId,
    unitId: f.unitIds.lead,
    visitDate: '2018-11-15',
    method: 'ON_SITE',
    summary: '查阅台账并实地查看整改现场',
    findings: [{ text: '部分整改台账未及时更新', responseDue: '2018-11-30' }],
    ...values,
  });

describe('supervision (督查)', () => {
  it('records groups, and visits with their findings, telling the visited unit', async () => {
    const duplicate = await failure(
      createSupervisionGroup(f.ctx(f.as.supervisor), { name: '市委第一督查组', headName: '王' }),
    );
    expect(fieldCodes(duplicate)).toEqual(['name:TAKEN']);
    const task = await f.newTask();
    const recorded = await visit({
      findings: [
        { text: '部分整改台账未及时更新', responseDue: '2018-11-30' },
        { text: '整改措施落实不到位', responseDue: '2018-12-10', taskId: task.id },
      ],
    });
    expect(recorded).toMatchObject({
      groupId,
      unitId: f.unitIds.lead,
      method: 'ON_SITE',
      createdById: f.as.supervisor.userId,
    });
    expect(recorded.findings.map((x) => [x.status, x.taskId])).toEqual([
      ['OPEN', null],
      ['OPEN', task.id],
    ]);
    expect((await f.inbox(f.as.unit)).filter((n) => n.kind === 'SUPERVISION_FINDING')).toHaveLength(2);
    expect((await f.inbox(f.as.coUnit)).filter((n) => n.kind === 'SUPERVISION_FINDING')).toHaveLength(0);
    expect((await auditOf(f.t.db, 'supervisionVisit', recorded.id))[0]?.action).toBe(
      'supervisionVisit.create',
    );
  });

  it('reports every problem with a visit and its findings by field', async () => {
    const elsewhere = await f.newTask({ leadUnitId: f.unitIds.other, coUnitIds: [] });
    const error = await failure(
      visit({
        groupId: 999_999,
        unitId: 888_888,
        visitDate: '2018-13-01',
        method: 'TELEPATHY',
        summary: '',
        findings: [
          { text: '', responseDue: '2018-11-01' },
          { text: '问题', responseDue: '2018-11-20', taskId: elsewhere.id },
        ],
      }),
    );
    expect(fieldCodes(error)).toEqual([
      'findings.0.text:REQUIRED',
      'groupId:NOT_FOUND',
      'method:INVALID',
      'summary:REQUIRED',
      'unitId:NOT_FOUND',
      'visitDate:INVALID_DATE',
    ]);
    const early = await failure(visit({ findings: [{ text: '问题', responseDue: '2018-11-01' }] }));
    expect(fieldCodes(early)).toEqual(['findings.0.responseDue:BEFORE_VISIT']);
    const unrelated = await failure(
      visit({ findings: [{ text: '问题', responseDue: '2018-11-20', taskId: elsewhere.id }] }),
    );
    expect(fieldCodes(unrelated)).toEqual(['findings.0.taskId:NOT_OF_UNIT']);
  });

  it('lets the visited unit respond, and the supervisor close or return the finding', async () => {
    const {
      id: visitId,
      findings: [finding],
    } = await visit();
    const added = await addFinding(f.ctx(f.as.supervisor), {
      visitId,
      text: '宣传不到位',
      responseDue: '2018-12-01',
    });
    const responded = await respondToFinding(f.ctx(f.as.unit), {
      id: finding!.id,
      response: '已更新全部台账',
    });
    expect(responded).toMatchObject({
      status: 'RESPONDED',
      response: '已更新全部台账',
      respondedAt: expect.any(Date),
    });
    expect((await f.inbox(f.as.supervisor)).at(-1)).toMatchObject({
      kind: 'SUPERVISION_FINDING',
      entityId: finding!.id,
    });
    expect(
      (await failure(respondToFinding(f.ctx(f.as.unit), { id: finding!.id, response: '再次' }))).code,
    ).toBe('INVALID_TRANSITION');

    const noComment = await failure(
      followUpFinding(f.ctx(f.as.supervisor), { id: finding!.id, outcome: 'RETURN' }),
    );
    expect(fieldCodes(noComment)).toEqual(['comment:REQUIRED', 'responseDue:REQUIRED']);
    const returned = await followUpFinding(f.ctx(f.as.supervisor), {
      id: finding!.id,
      outcome: 'RETURN',
      comment: '请附更新后的台账',
      responseDue: '2018-12-05',
    });
    expect(returned).toMatchObject({ status: 'OPEN', responseDue: '2018-12-05', response: '已更新全部台账' });
    expect((await f.inbox(f.as.unit)).at(-1)!.message.zh).toContain('请附更新后的台账');
    await respondToFinding(f.ctx(f.as.unit), { id: finding!.id, response: '已附台账' });
    const closed = await followUpFinding(f.ctx(f.as.supervisor), {
      id: finding!.id,
      outcome: 'CLOSE',
      comment: '整改到位',
    });
    expect(closed.status).toBe('CLOSED');
    expect((await auditOf(f.t.db, 'finding', finding!.id)).map((a) => a.action)).toEqual([
      'finding.close',
      'finding.respond',
      'finding.return',
      'finding.respond',
      'finding.create',
    ]);
    const again = await failure(
      followUpFinding(f.ctx(f.as.supervisor), { id: finding!.id, outcome: 'CLOSE' }),
    );
    expect(again.code).toBe('INVALID_TRANSITION');
    // An open finding may be closed directly (seen settled on site), but not returned.
    expect(
      (
        await failure(
          followUpFinding(f.ctx(f.as.supervisor), {
            id: added.id,
            outcome: 'RETURN',
            comment: 'x',
            responseDue: '2018-12-30',
          }),
        )
      ).code,
    ).toBe('INVALID_TRANSITION');
  });

  it('refuses every role that may not act, and any unit but the one visited', async () => {
    const {
      findings: [finding],
    } = await visit();
    const id = finding!.id;
    expect((await failure(respondToFinding(f.ctx(f.as.otherUnit), { id, response: '已整改' }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure(respondToFinding(f.ctx(f.as.coUnit), { id, response: '已整改' }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await failure(respondToFinding(f.ctx(f.as.unit), { id: 999_999, response: '已整改' }))).code,
    ).toBe('NOT_FOUND');
    for (const actor of rolesWithout('supervision.respond'))
      expect(
        (await failure(respondToFinding(f.ctx(actor), { id, response: '已整改' }))).code,
        actor.role,
      ).toBe('FORBIDDEN');
    for (const actor of rolesWithout('supervision.write')) {
      expect(
        (await failure(createSupervisionGroup(f.ctx(actor), { name: 'x', headName: 'y' }))).code,
        actor.role,
      ).toBe('FORBIDDEN');
      expect(
        (
          await failure(
            recordSupervisionVisit(f.ctx(actor), {
              groupId,
              unitId: 1,
              visitDate: '2018-11-15',
              method: 'ON_SITE',
              summary: 'x',
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        (await failure(addFinding(f.ctx(actor), { visitId: 1, text: 'x', responseDue: '2018-12-01' }))).code,
      ).toBe('FORBIDDEN');
      expect((await failure(followUpFinding(f.ctx(actor), { id, outcome: 'CLOSE' }))).code).toBe('FORBIDDEN');
    }
    const [row] = await f.t.db.select().from(findings).where(eq(findings.id, id));
    expect(row).toMatchObject({ status: 'OPEN', response: null });
  });

  it('shows supervisors every finding, and each unit only the findings about itself', async () => {
    await visit({
      unitId: f.unitIds.other,
      findings: [{ text: '其他单位的问题', responseDue: '2018-11-20' }],
    });
    const all = await listFindings<{ id: number; text: string }>(
      f.ctx(f.as.supervisor),
      { filter: { overdue: true }, page: { first: 100 } },
      readSpec(['id', 'text']),
      { withTotal: true },
    );
    expect(all.nodes.map((n) => n.text)).toContain('其他单位的问题');
    const own = await listUnitFindings<{ text: string; groupName: string; unitId: number }>(
      f.ctx(f.as.unit),
      { page: { first: 100 } },
      readSpec(['text', 'groupName', 'unitId']),
      { withTotal: true },
    );
    expect(own.totalCount).toBeGreaterThan(0);
    expect(own.nodes.every((n) => n.unitId === f.unitIds.lead && n.groupName === '市委第一督查组')).toBe(
      true,
    );
    const visits = await listSupervisionVisits<{ unitId: number }>(
      f.ctx(f.as.office),
      { filter: { unitId: f.unitIds.other }, page: {} },
      readSpec(['unitId']),
      { withTotal: true },
    );
    expect(visits.totalCount).toBe(1);
    expect(
      (await failure(listFindings(f.ctx(f.as.unit), { page: {} }, readSpec(), { withTotal: false }))).code,
    ).toBe('FORBIDDEN');
  });
});
