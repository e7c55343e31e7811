import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { notifications, tasks, users } from '@rectify/db';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeLeader,
  makeTask,
  makeUnit,
  type TestDatabase,
} from '@rectify/db/testing';
import { type Actor, can, type Permission, Role, type Role as RoleName, userActor } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import type { ServiceContext } from '../kernel/context.js';
import { contextFor } from '../testing/index.js';
import { LocalFileStore } from './file-store.js';
import { uploadEvidence } from './upload-evidence.js';

// A small ledger for the workflow's integration tests: units and leaders with their users, one of each role.

/** A one-page PDF's first bytes: enough for the type check. */
export const pdf = (text = 'evidence') => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

export interface WorkflowFixture {
  t: TestDatabase;
  files: LocalFileStore;
  issueId: number;
  unitIds: { lead: number; co: number; other: number };
  leaderIds: { own: number; other: number };
  /** Actors backed by real user rows (reviews and inboxes need them). */
  as: Record<
    | 'unit'
    | 'coUnit'
    | 'otherUnit'
    | 'leader'
    | 'otherLeader'
    | 'office'
    | 'office2'
    | 'supervisor'
    | 'admin'
    | 'discipline',
    Actor
  >;
  ctx(actor: Actor, now?: Date | string): ServiceContext;
  /** A task led by the lead unit and the own leader, with the co-unit co-operating. */
  newTask(
    values?: Partial<typeof tasks.$inferInsert> & { coUnitIds?: number[] },
  ): Promise<typeof tasks.$inferSelect>;
  /** Uploads a PDF to the task as its lead unit. */
  upload(taskId: number, text?: string): Promise<number>;
  taskRow(id: number): Promise<typeof tasks.$inferSelect>;
  inbox(actor: Actor): Promise<(typeof notifications.$inferSelect)[]>;
  close(): Promise<void>;
}

/** Every role but PARTNER that lacks the permission, as actors (refused before any record is read). */
export const rolesWithout = (permission: Permission): Actor[] =>
  Role.values
    .filter((role): role is Exclude<RoleName, 'PARTNER'> => role !== 'PARTNER')
    .filter((role) => !can({ role, scopes: [] }, permission))
    .map((role) => userActor(role, 1, { unitId: 1, leaderId: 1 }));

export async function workflowFixture(): Promise<WorkflowFixture> {
  const t = await createTestDatabase();
  const dir = mkdtempSync(path.join(tmpdir(), 'rectify-files-'));
  const files = new LocalFileStore(dir);
  const inspection = await makeInspection(t.db);
  const issueId = (await makeIssue(t.db, { inspectionId: inspection.id, code: '二(一)1.' })).id;
  const unitIds = {
    lead: (await makeUnit(t.db, { name: '市住房城乡建设局' })).id,
    co: (await makeUnit(t.db, { name: '南海区' })).id,
    other: (await makeUnit(t.db, { name: '顺德区' })).id,
  };
  const leaderIds = { own: (await makeLeader(t.db)).id, other: (await makeLeader(t.db)).id };
  let n = 0;
  const user = async (
    role: Exclude<RoleName, 'PARTNER'>,
    bindings: { unitId?: number; leaderId?: number } = {},
  ) => {
    const [row] = await t.db
      .insert(users)
      .values({
        username: `u${++n}-${role.toLowerCase()}`,
        displayName: `${role}${n}`,
        passwordHash: 'x',
        role,
        ...bindings,
      })
      .returning();
    return userActor(role, row!.id, bindings);
  };
  const as = {
    unit: await user('UNIT', { unitId: unitIds.lead }),
    coUnit: await user('UNIT', { unitId: unitIds.co }),
    otherUnit: await user('UNIT', { unitId: unitIds.other }),
    leader: await user('LEADER', { leaderId: leaderIds.own }),
    otherLeader: await user('LEADER', { leaderId: leaderIds.other }),
    office: await user('OFFICE'),
    office2: await user('OFFICE'),
    supervisor: await user('SUPERVISOR'),
    admin: await user('ADMIN'),
    discipline: await user('DISCIPLINE'),
  };
  const ctx = (actor: Actor, now?: Date | string) =>
    contextFor(t.db, actor, now == null ? {} : { now: new Date(now) });
  return {
    t,
    files,
    issueId,
    unitIds,
    leaderIds,
    as,
    ctx,
    newTask: (values = {}) =>
      makeTask(t.db, {
        issueId,
        leadUnitId: unitIds.lead,
        leaderId: leaderIds.own,
        coUnitIds: [unitIds.co],
        deadline: '2018-12-31',
        status: 'IN_PROGRESS',
        ...values,
      }),
    async upload(taskId, text = `evidence ${taskId}`) {
      const result = await uploadEvidence(ctx(as.unit), {
        taskId,
        fileName: '整改报告.pdf',
        contentType: 'application/pdf',
        content: pdf(text),
        files,
      });
      return result.evidence.id;
    },
    async taskRow(id) {
      const [row] = await t.db.select().from(tasks).where(eq(tasks.id, id));
      return row!;
    },
    inbox: (actor) =>
      t.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, actor.userId!)))
        .orderBy(notifications.id),
    async close() {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
