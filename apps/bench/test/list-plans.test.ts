import { queryRows } from '@rectify/db';
import { createTestDatabase, type TestDatabase } from '@rectify/db/testing';
import { DEFAULT_WARNING_SETTINGS, userActor } from '@rectify/domain';
import { scaledCounts, seedScaleLedger } from '@rectify/scale-ledger';
import {
  AUDIT_ORDER_FIELDS,
  ISSUE_ORDER_FIELDS,
  listAuditEvents,
  listIssues,
  listProgressReports,
  listTasks,
  PROGRESS_ORDER_FIELDS,
  type RowShape,
  TASK_ORDER_FIELDS,
} from '@rectify/services';
import { contextFor } from '@rectify/services/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every order the API offers on the large tables has an index: the plan of each page (both directions, with
// and without the total) never sorts a sequential scan of the list's table. Plans, not timings: the ledger
// only has to be large enough (a tenth of the 100× ledger: 2,000 tasks, 20,000 reports, 20,000 audit events
// added here) that PostgreSQL's costs tell an index walk from a full sort; 100× gives the same plans.

const COUNTS = scaledCounts(Number(process.env.PLANS_SCALE ?? 0.1));
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedScaleLedger(t.db, { seed: 2, counts: COUNTS });
  await t.db.execute(sql`insert into audit_events (action, entity, entity_id, at)
    select 'UPDATE', 'Task', (n % 2000)::text, timestamptz '2026-01-01' + n * interval '1 minute'
    from generate_series(1, ${COUNTS.progressReports}) n`);
  await t.db.execute(sql`analyze audit_events`);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
}

/** The rows a node reads in its own plan, InitPlans and SubPlans (planned apart) left out. */
function* ownTree(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) {
    if (child['Parent Relationship'] !== 'InitPlan' && child['Parent Relationship'] !== 'SubPlan') {
      yield* ownTree(child);
    }
  }
}

function* everyNode(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* everyNode(child);
}

/**
 * Each Sort of the page's ids (the statement's one LIMIT: the list's order and page) whose input is a
 * sequential scan of `table`. The page's rows are then fetched by id, which on a small table PostgreSQL
 * may do by hashing all of it; that is no sort of the list.
 */
function sortedSequentialScans(plan: PlanNode, table: string): string[] {
  const page = [...everyNode(plan)].find((n) => n['Node Type'] === 'Limit');
  if (!page) throw new Error('no LIMIT in the plan');
  return [...everyNode(page)]
    .filter((node) => node['Node Type'] === 'Sort')
    .filter((sort) =>
      [...ownTree(sort)].some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === table),
    )
    .map(() => `Sort over Seq Scan on ${table}`);
}

async function planOf(statement: SQL): Promise<PlanNode> {
  const [row] = await queryRows<{ 'QUERY PLAN': unknown }>(t.db, sql`explain (format json) ${statement}`);
  const plan = row!['QUERY PLAN'];
  // node-postgres parses the json; PGlite may hand back text.
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
  return parsed[0]!.Plan;
}

const office = () => contextFor(t.db, userActor('OFFICE', 1));
const shape: RowShape = [
  { key: 'id', field: 'id' },
  { key: '__typename', constant: 'Row' },
];
const options = { warnings: DEFAULT_WARNING_SETTINGS };

type Statement = (field: string, direction: 'ASC' | 'DESC', withTotal: boolean) => SQL;
const lists: { table: string; fields: readonly string[]; statement: Statement }[] = [
  {
    table: 'tasks',
    fields: Object.keys(TASK_ORDER_FIELDS),
    statement: (field, direction, withTotal) =>
      listTasks.statement(
        office(),
        { orderBy: { field: field as keyof typeof TASK_ORDER_FIELDS, direction }, page: { first: 50 } },
        shape,
        { ...options, withTotal },
      ),
  },
  {
    table: 'issues',
    fields: Object.keys(ISSUE_ORDER_FIELDS),
    statement: (field, direction, withTotal) =>
      listIssues.statement(
        office(),
        { orderBy: { field: field as keyof typeof ISSUE_ORDER_FIELDS, direction }, page: { first: 50 } },
        shape,
        { withTotal },
      ),
  },
  {
    table: 'progress_reports',
    fields: Object.keys(PROGRESS_ORDER_FIELDS),
    statement: (field, direction, withTotal) =>
      listProgressReports.statement(
        office(),
        { orderBy: { field: field as keyof typeof PROGRESS_ORDER_FIELDS, direction }, page: { first: 50 } },
        shape,
        { withTotal },
      ),
  },
  {
    table: 'audit_events',
    fields: Object.keys(AUDIT_ORDER_FIELDS),
    statement: (field, direction, withTotal) =>
      listAuditEvents.statement(
        office(),
        { orderBy: { field: field as keyof typeof AUDIT_ORDER_FIELDS, direction }, page: { first: 50 } },
        shape,
        { withTotal },
      ),
  },
];

describe('the plan of every list order on the large tables', () => {
  for (const list of lists) {
    it(`${list.table}: ${list.fields.join(', ')}, each way, with and without the total`, async () => {
      const found: string[] = [];
      for (const field of list.fields) {
        for (const direction of ['ASC', 'DESC'] as const) {
          for (const withTotal of [false, true]) {
            const plan = await planOf(list.statement(field, direction, withTotal));
            for (const problem of sortedSequentialScans(plan, list.table)) {
              found.push(`${field} ${direction}${withTotal ? ' with total' : ''}: ${problem}`);
            }
          }
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('would see a sort over a sequential scan (the check itself)', async () => {
    const plan = await planOf(
      sql`with page as (select id from tasks order by measure, id limit 50) select id from page`,
    );
    expect(sortedSequentialScans(plan, 'tasks')).toEqual(['Sort over Seq Scan on tasks']);
  });
});
