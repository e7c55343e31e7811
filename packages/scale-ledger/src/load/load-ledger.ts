import { type Database, type Executor, queryRows } from '@rectify/db';
import { sql } from 'drizzle-orm';
import type { ScaleLedger } from '../generate/scale-ledger.js';
import { type BulkColumn, bulkInsert } from './bulk-insert.js';

const TABLES = ['units', 'leaders', 'inspections', 'issues', 'tasks', 'progress_reports'] as const;
type Table = (typeof TABLES)[number];

/** How far each table's generated ids were shifted: past the rows the database held before. */
export type IdOffsets = Record<Table, number>;

/**
 * Writes the ledger in one transaction with bulk INSERTs, then moves the identity sequences past the new
 * ids (so that the application's own inserts continue after them) and refreshes the planner's statistics.
 */
export async function loadLedger(db: Database, ledger: ScaleLedger): Promise<IdOffsets> {
  const offsets = await db.transaction(async (tx) => {
    const at = await currentOffsets(tx);
    await insertRows(tx, ledger, at);
    return at;
  });
  for (const table of TABLES) {
    await db.execute(
      sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.raw(table)}))`,
    );
  }
  await db.execute(sql.raw(`analyze ${[...TABLES, 'task_co_units'].join(', ')}`));
  return offsets;
}

async function currentOffsets(db: Executor): Promise<IdOffsets> {
  const offsets = {} as IdOffsets;
  for (const table of TABLES) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select coalesce(max(id), 0)::int as n from ${sql.raw(table)}`,
    );
    offsets[table] = row?.n ?? 0;
  }
  return offsets;
}

async function insertRows(db: Executor, ledger: ScaleLedger, at: IdOffsets): Promise<void> {
  const unit = (id: number | null) => (id == null ? null : id + at.units);
  const leader = (id: number | null) => (id == null ? null : id + at.leaders);
  const issue = (id: number | null) => (id == null ? null : id + at.issues);
  const task = (id: number) => id + at.tasks;
  const tracked = <R>(): BulkColumn<R>[] => [
    { name: 'created_at', type: 'timestamptz', value: () => ledger.enteredAt },
    { name: 'updated_at', type: 'timestamptz', value: () => ledger.enteredAt },
  ];
  const inspectionId = ledger.inspection.id + at.inspections;

  await bulkInsert(
    db,
    'units',
    [
      { name: 'id', type: 'int', value: (u) => unit(u.id) },
      { name: 'name', type: 'text', value: (u) => u.name },
      { name: 'kind', type: 'unit_kind', value: (u) => u.kind },
      { name: 'parent_id', type: 'int', value: (u) => unit(u.parentId) },
      ...tracked<ScaleLedger['units'][number]>(),
    ],
    ledger.units,
  );
  await bulkInsert(
    db,
    'leaders',
    [
      { name: 'id', type: 'int', value: (l) => leader(l.id) },
      { name: 'name', type: 'text', value: (l) => l.name },
      { name: 'post', type: 'text', value: (l) => l.post },
      { name: 'unit_id', type: 'int', value: (l) => unit(l.unitId) },
      { name: 'group_role', type: 'leading_group_role', value: (l) => l.groupRole },
      ...tracked<ScaleLedger['leaders'][number]>(),
    ],
    ledger.leaders,
  );
  const i = ledger.inspection;
  await bulkInsert(
    db,
    'inspections',
    [
      { name: 'id', type: 'int', value: () => inspectionId },
      { name: 'name', type: 'text', value: () => i.name },
      { name: 'inspecting_body', type: 'text', value: () => i.inspectingBody },
      { name: 'inspected_organisation', type: 'text', value: () => i.inspectedOrganisation },
      { name: 'level', type: 'inspection_level', value: () => 'PROVINCIAL' },
      { name: 'kind', type: 'inspection_kind', value: () => 'PATROL' },
      { name: 'on_site_from', type: 'date', value: () => i.onSiteFrom },
      { name: 'on_site_to', type: 'date', value: () => i.onSiteTo },
      { name: 'feedback_date', type: 'date', value: () => i.feedbackDate },
      { name: 'rectification_deadline', type: 'date', value: () => i.rectificationDeadline },
      ...tracked<ScaleLedger['inspection']>(),
    ],
    [i],
  );
  await bulkInsert(
    db,
    'issues',
    [
      { name: 'id', type: 'int', value: (r) => issue(r.id) },
      { name: 'inspection_id', type: 'int', value: () => inspectionId },
      { name: 'parent_id', type: 'int', value: (r) => issue(r.parentId) },
      { name: 'kind', type: 'issue_kind', value: (r) => r.kind },
      { name: 'code', type: 'text', value: (r) => r.code },
      { name: 'position', type: 'int', value: (r) => r.position },
      { name: 'sort_key', type: 'text', value: (r) => r.sortKey },
      { name: 'title', type: 'text', value: (r) => r.title },
      { name: 'response_text', type: 'text', value: (r) => r.responseText },
      { name: 'lead_leader_id', type: 'int', value: (r) => leader(r.leadLeaderId) },
      { name: 'lead_unit_id', type: 'int', value: (r) => unit(r.leadUnitId) },
      ...tracked<ScaleLedger['issues'][number]>(),
    ],
    ledger.issues,
  );
  await bulkInsert(
    db,
    'tasks',
    [
      { name: 'id', type: 'int', value: (t) => task(t.id) },
      { name: 'issue_id', type: 'int', value: (t) => issue(t.issueId) },
      { name: 'ordinal', type: 'text', value: (t) => t.ordinal },
      { name: 'position', type: 'int', value: (t) => t.position },
      { name: 'measure', type: 'text', value: (t) => t.measure },
      { name: 'target', type: 'text', value: (t) => t.target },
      { name: 'leader_id', type: 'int', value: (t) => leader(t.leaderId) },
      { name: 'lead_unit_id', type: 'int', value: (t) => unit(t.leadUnitId) },
      { name: 'deadline', type: 'date', value: (t) => t.deadline },
      { name: 'term', type: 'task_term', value: (t) => t.term },
      { name: 'status', type: 'task_status', value: (t) => t.status },
      ...tracked<ScaleLedger['tasks'][number]>(),
    ],
    ledger.tasks,
    5_000,
  );
  const coUnits = ledger.tasks.flatMap((t) => t.coUnitIds.map((unitId) => ({ taskId: t.id, unitId })));
  await bulkInsert(
    db,
    'task_co_units',
    [
      { name: 'task_id', type: 'int', value: (c) => task(c.taskId) },
      { name: 'unit_id', type: 'int', value: (c) => unit(c.unitId) },
    ],
    coUnits,
    50_000,
  );
  await bulkInsert(
    db,
    'progress_reports',
    [
      { name: 'id', type: 'int', value: (p) => p.id + at.progress_reports },
      { name: 'task_id', type: 'int', value: (p) => task(p.taskId) },
      { name: 'unit_id', type: 'int', value: (p) => unit(p.unitId) },
      { name: 'period', type: 'date', value: (p) => p.period },
      { name: 'text', type: 'text', value: (p) => p.text },
      { name: 'percent', type: 'int', value: (p) => p.percent },
      { name: 'reported_at', type: 'timestamptz', value: (p) => p.reportedAt },
    ],
    ledger.progressReports,
    20_000,
  );
}
