import {
  ClueStatus,
  IssueKind,
  PartnerScope,
  RequestStatus,
  Role,
  TaskStatus,
  TaskTerm,
  UnitKind,
} from '@rectify/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './query-rows.js';
import { tasks } from './schema/index.js';
import {
  createTestDatabase,
  makeInspection,
  makeIssue,
  makeTask,
  makeUnit,
  type TestDatabase,
} from './testing/index.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe(`database (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('is migrated: every table of the model exists', async () => {
    const rows = await queryRows<{ table_name: string }>(
      t.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    const names = rows.map((r) => r.table_name);
    for (const table of [
      'inspections',
      'issues',
      'tasks',
      'units',
      'leaders',
      'clue_cases',
      'audit_events',
      'reviews',
    ]) {
      expect(names).toContain(table);
    }
  });

  it('holds exactly the domain enums', async () => {
    const rows = await queryRows<{ typname: string; labels: string[] }>(
      t.db,
      sql`
      select t.typname, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
      from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname`,
    );
    const byName = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    expect(byName.task_status).toEqual([...TaskStatus.values]);
    expect(byName.task_term).toEqual([...TaskTerm.values]);
    expect(byName.issue_kind).toEqual([...IssueKind.values]);
    expect(byName.unit_kind).toEqual([...UnitKind.values]);
    expect(byName.role).toEqual([...Role.values]);
    expect(byName.partner_scope).toEqual([...PartnerScope.values]);
    expect(byName.request_status).toEqual([...RequestStatus.values]);
    expect(byName.clue_status).toEqual([...ClueStatus.values]);
  });

  it('stores a task with its co-units and a version', async () => {
    const unit = await makeUnit(t.db);
    const co = await makeUnit(t.db);
    const inspection = await makeInspection(t.db);
    const issue = await makeIssue(t.db, { inspectionId: inspection.id });
    const task = await makeTask(t.db, {
      issueId: issue.id,
      leadUnitId: unit.id,
      coUnitIds: [co.id],
      deadline: '2018-10-31',
    });
    expect(task.version).toBe(1);
    expect(task.status).toBe('NOT_STARTED');
    const [read] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(read?.deadline).toBe('2018-10-31');
    const coUnits = await t.db.query.taskCoUnits.findMany({ where: (c, { eq }) => eq(c.taskId, task.id) });
    expect(coUnits.map((c) => c.unitId)).toEqual([co.id]);
  });

  it('refuses a value outside an enum', async () => {
    const inspection = await makeInspection(t.db);
    const issue = await makeIssue(t.db, { inspectionId: inspection.id });
    await expect(
      t.db.execute(
        sql`insert into tasks (issue_id, position, measure, status) values (${issue.id}, 1, 'x', 'DONE')`,
      ),
    ).rejects.toThrow();
  });

  it('counts the statements it sends', async () => {
    const before = t.statements.length;
    await t.db.select().from(tasks).limit(1);
    expect(t.statements.length).toBe(before + 1);
  });
});
