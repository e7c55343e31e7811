import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import {
  auditEvents,
  closureRequests,
  deadlineChanges,
  evidence,
  extensionRequests,
  findings,
  notifications,
  supervisionVisits,
  tasks,
  users,
} from '@rectify/db';
import type { TestDatabase } from '@rectify/db/testing';
import { systemActor } from '@rectify/domain';
import { LocalFileStore, openEvidence } from '@rectify/services';
import { eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoIssue } from '../demo-ledger.js';
import { readDemoLedger } from '../load-demo-ledger.js';
import { createDemoTestDatabase } from '../testing/demo-test-database.js';

// The real demo ledger with its workflow, as the API and the CLI load it (files in a temporary folder).
let t: TestDatabase;
let dir: string;
let files: LocalFileStore;
const ledger = readDemoLedger();
const flatten = (list: DemoIssue[]): DemoIssue[] =>
  list.flatMap((issue) => [issue, ...flatten(issue.children)]);
const documentTasks = flatten(ledger.issues).flatMap((issue) => issue.tasks);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rectify-demo-files-'));
  files = new LocalFileStore(dir);
  t = await createDemoTestDatabase(files);
}, 300_000);
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const tally = (values: string[]) => {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
};

describe('the demo workflow', () => {
  it('leaves every task in the status the document records', async () => {
    const rows = await t.db.select({ status: tasks.status }).from(tasks);
    expect(tally(rows.map((r) => r.status))).toEqual(tally(documentTasks.map((task) => task.status)));
  });

  it('has closures awaiting endorsement and approval, rejected, and approved then reopened', async () => {
    const requests = await t.db.select().from(closureRequests);
    const pending = documentTasks.filter((task) => task.status === 'CLOSURE_REQUESTED').length;
    const byStatus = tally(requests.map((r) => r.status));
    expect(byStatus).toEqual({
      PENDING_ENDORSEMENT: pending - 1,
      PENDING_APPROVAL: 1,
      REJECTED: 2,
      APPROVED: 1,
    });
    const [approved] = requests.filter((r) => r.status === 'APPROVED');
    const [reopened] = await t.db.select().from(tasks).where(eq(tasks.id, approved!.taskId));
    expect(reopened!.status).toBe('IN_PROGRESS');
    const actions = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, String(reopened!.id)));
    expect(actions.filter((a) => a.entity === 'task').map((a) => a.action)).toEqual(
      expect.arrayContaining(['task.close', 'task.reopen', 'task.resume']),
    );
    // The look-back set the deadline the reopened task is worked to.
    expect(
      await t.db.select().from(deadlineChanges).where(isNull(deadlineChanges.extensionRequestId)),
    ).toMatchObject([{ taskId: reopened!.id, toDeadline: reopened!.deadline }]);
  });

  it('has an extension approved (with its deadline history) and two under review', async () => {
    const requests = await t.db.select().from(extensionRequests);
    expect(tally(requests.map((r) => r.status))).toEqual({
      APPROVED: 1,
      PENDING_APPROVAL: 1,
      PENDING_ENDORSEMENT: 1,
    });
    const [approved] = requests.filter((r) => r.status === 'APPROVED');
    const [moved] = await t.db.select().from(tasks).where(eq(tasks.id, approved!.taskId));
    expect(moved!.deadline).toBe(approved!.proposedDeadline);
    const extended = await t.db
      .select()
      .from(deadlineChanges)
      .where(isNotNull(deadlineChanges.extensionRequestId));
    expect(extended).toMatchObject([
      { taskId: moved!.id, fromDeadline: approved!.currentDeadline, toDeadline: approved!.proposedDeadline },
    ]);
  });

  it('stores the evidence of every closure request', async () => {
    const rows = await t.db.select().from(evidence);
    expect(rows.length).toBe(await t.db.$count(closureRequests));
    const { stream } = await openEvidence(
      { db: t.db, actor: systemActor('OFFICE'), locale: 'zh', now: () => new Date() },
      rows[0]!.id,
      files,
    );
    expect((await buffer(stream)).toString('utf8')).toMatch(/^整改佐证材料/);
  });

  it('has supervision visits with findings open, returned and closed, and inboxes to match', async () => {
    expect(await t.db.$count(supervisionVisits)).toBe(2);
    expect(tally((await t.db.select().from(findings)).map((f) => f.status))).toEqual({ OPEN: 3, CLOSED: 1 });
    const [leader] = await t.db.select().from(users).where(eq(users.username, 'leader'));
    const [unit] = await t.db.select().from(users).where(eq(users.username, 'unit'));
    const inbox = async (userId: number) =>
      tally(
        (await t.db.select().from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind),
      );
    expect(await inbox(leader!.id)).toMatchObject({ REVIEW_REQUESTED: expect.any(Number) });
    // Three findings, one closed and one returned.
    expect(await inbox(unit!.id)).toMatchObject({
      SUPERVISION_FINDING: 5,
      DECISION_MADE: expect.any(Number),
    });
  });
});
