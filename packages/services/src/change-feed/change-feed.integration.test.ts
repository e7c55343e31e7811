import { issues } from '@rectify/db';
import { partnerActor, systemActor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeClueCase } from '../clues/intake-clue-case.js';
import { reportProgress } from '../ledger/report-progress.js';
import { updateTask } from '../ledger/update-task.js';
import { failure, fieldCodes } from '../testing/assertions.js';
import { approveClosureRequest } from '../workflow/approve-closure-request.js';
import { endorseClosureRequest } from '../workflow/endorse-closure-request.js';
import { reopenTask } from '../workflow/reopen-task.js';
import { requestClosure } from '../workflow/request-closure.js';
import { type WorkflowFixture, workflowFixture } from '../workflow/test-fixture.js';
import { type ChangePage, listChanges } from './list-changes.js';
import { recordChange } from './record-change.js';

let f: WorkflowFixture;
/** The lead unit's task, taken through a whole workflow; and a task of another unit. */
let ours: number;
let theirs: number;
const SECRET = { subject: '张某某副局长', informant: '李某举报人', summary: '违规收受礼金' };

beforeAll(async () => {
  f = await workflowFixture();
  ours = (await f.newTask({ status: 'NOT_STARTED', deadline: null })).id;
  theirs = (await f.newTask({ leadUnitId: f.unitIds.other, coUnitIds: [], leaderId: f.leaderIds.other })).id;
  const at = (day: string) => `2018-11-${day}T10:00:00+08:00`;
  await updateTask(f.ctx(f.as.office, at('01')), {
    id: ours,
    version: (await f.taskRow(ours)).version,
    deadline: '2018-12-31',
  });
  await reportProgress(f.ctx(f.as.unit, at('02')), {
    taskId: ours,
    period: '2018-11-01',
    text: '已制定方案',
    percent: 40,
  });
  await f.upload(ours);
  const { closureRequest } = await requestClosure(f.ctx(f.as.unit, at('03')), {
    taskId: ours,
    statement: '已完成整改',
  });
  const endorsed = await endorseClosureRequest(f.ctx(f.as.leader, at('04')), {
    id: closureRequest.id,
    version: closureRequest.version,
    decision: 'APPROVE',
  });
  await approveClosureRequest(f.ctx(f.as.office, at('05')), {
    id: closureRequest.id,
    version: endorsed.closureRequest.version,
    decision: 'APPROVE',
  });
  await reopenTask(f.ctx(f.as.office, at('06')), {
    id: ours,
    version: (await f.taskRow(ours)).version,
    reason: '反弹回潮',
    deadline: '2019-03-31',
  });
  await reportProgress(f.ctx(f.as.otherUnit, at('07')), {
    taskId: theirs,
    period: '2018-11-01',
    text: '他单位进展',
    percent: 10,
  });
  await intakeClueCase(f.ctx(f.as.discipline, at('08')), {
    source: 'PETITION_OFFICE',
    kind: 'PROBLEM_CLUE',
    receivedDate: '2018-11-08',
    ...SECRET,
    ownerUserIds: [f.as.discipline.userId!],
  });
  const [issue] = await f.t.db.select().from(issues).where(eq(issues.id, f.issueId));
  // Recorded as publishReportDraft records it (whose own test publishes a real 通报).
  await recordChange(f.t.db, {
    kind: 'REPORT_PUBLISHED',
    inspectionId: issue!.inspectionId,
    data: { inspectionId: issue!.inspectionId },
  });
});
afterAll(async () => {
  await f?.close();
});

const everything = async (actor: Parameters<typeof f.ctx>[0], first = 100) => {
  const pages: ChangePage[] = [];
  let after: string | null = null;
  do {
    const page: ChangePage = await listChanges(f.ctx(actor), { after, first });
    pages.push(page);
    after = page.endCursor;
  } while (pages.at(-1)!.hasNextPage);
  return { changes: pages.flatMap((p) => p.changes), pages };
};
const summary = (changes: ChangePage['changes']) =>
  changes.map((c) => `${c.kind}:${c.taskId ?? '-'}:${String(c.data.to ?? c.data.percent ?? '')}`);

describe('the change feed', () => {
  it('gives the office every change, in the order the writes committed', async () => {
    const { changes } = await everything(f.as.office);
    expect(summary(changes)).toEqual([
      `TASK_DEADLINE_CHANGED:${ours}:2018-12-31`,
      `PROGRESS_REPORTED:${ours}:40`,
      `TASK_STATUS_CHANGED:${ours}:IN_PROGRESS`,
      `TASK_STATUS_CHANGED:${ours}:CLOSURE_REQUESTED`,
      `TASK_STATUS_CHANGED:${ours}:CLOSED`,
      `TASK_STATUS_CHANGED:${ours}:REOPENED`,
      `TASK_DEADLINE_CHANGED:${ours}:2019-03-31`,
      `PROGRESS_REPORTED:${theirs}:10`,
      'REPORT_PUBLISHED:-:',
    ]);
    expect(changes[0]).toMatchObject({ data: { taskId: ours, issueId: f.issueId, from: null } });
  });

  it('resumes after any cursor, page by page, with the same changes as one read', async () => {
    const whole = await everything(f.as.office);
    const paged = await everything(f.as.office, 3);
    expect(paged.pages.length).toBe(Math.ceil(whole.changes.length / 3));
    expect(paged.changes).toEqual(whole.changes);
    // Nothing new: the cursor stays where it was, for the next poll.
    const end = whole.pages.at(-1)!.endCursor;
    expect(await listChanges(f.ctx(f.as.office), { after: end })).toEqual({
      changes: [],
      endCursor: end,
      hasNextPage: false,
    });
  });

  it("limits users to their ledger scope and partners to their tokens' scopes", async () => {
    const kindsAndTasks = async (actor: Parameters<typeof f.ctx>[0]) =>
      new Set((await everything(actor)).changes.map((c) => `${c.kind}:${c.taskId ?? '-'}`));
    const unit = await kindsAndTasks(f.as.unit);
    expect([...unit].every((k) => k.endsWith(`:${ours}`) || k.endsWith(':-'))).toBe(true);
    expect(unit.has(`PROGRESS_REPORTED:${ours}`)).toBe(true);
    const other = await kindsAndTasks(f.as.otherUnit);
    expect(other).toEqual(new Set([`PROGRESS_REPORTED:${theirs}`, 'REPORT_PUBLISHED:-']));
    expect(await kindsAndTasks(f.as.otherLeader)).toEqual(other);

    const ledgerOnly = await kindsAndTasks(partnerActor(1, ['LEDGER_READ']));
    expect([...ledgerOnly].some((k) => k.startsWith('PROGRESS_REPORTED'))).toBe(false);
    expect(ledgerOnly.has(`TASK_STATUS_CHANGED:${ours}`)).toBe(true);
    const both = await kindsAndTasks(partnerActor(1, ['LEDGER_READ', 'PROGRESS_READ']));
    expect(both.has(`PROGRESS_REPORTED:${theirs}`)).toBe(true);
    expect(ledgerOnly.has('REPORT_PUBLISHED:-')).toBe(false);
    // A token that reads published reports only hears of them, and of nothing about tasks.
    expect(await kindsAndTasks(partnerActor(1, ['REPORT_READ']))).toEqual(new Set(['REPORT_PUBLISHED:-']));
    // A token that may read no kind of change may not read the feed, and is told which scopes would do.
    for (const scopes of [['FIGURES_READ'], ['ORGANISATION_READ'], []] as const) {
      const refused = await failure(listChanges(f.ctx(partnerActor(1, [...scopes])), {}));
      expect(refused.code).toBe('FORBIDDEN');
      expect(refused.label.en).toBe('not allowed (task.read, progress.read, report.read)');
    }
  });

  it('never carries clue cases, nor any text of them', async () => {
    const text = JSON.stringify((await everything(systemActor('DISCIPLINE'))).changes);
    for (const value of Object.values(SECRET)) expect(text).not.toContain(value);
    expect(text).not.toMatch(/clue/i);
  });

  it('refuses a cursor it did not issue and a page size out of range, naming the field', async () => {
    const error = await failure(listChanges(f.ctx(f.as.office), { after: 'bm90LWEtY3Vyc29y', first: 0 }));
    expect(fieldCodes(error)).toEqual(['after:INVALID', 'first:OUT_OF_RANGE']);
  });
});
