import type { Executor } from '../client.js';
import { inspections, issues, leaders, taskCoUnits, tasks, units } from '../schema/index.js';

// Factories write rows directly, for tests that need a ledger to act on. Application code writes through
// the use cases in @rectify/services instead.
let counter = 0;
const next = () => ++counter;

export async function makeUnit(db: Executor, values: Partial<typeof units.$inferInsert> = {}) {
  const [row] = await db
    .insert(units)
    .values({ name: `单位${next()}`, kind: 'GOVERNMENT_DEPARTMENT', ...values })
    .returning();
  return row!;
}

export async function makeLeader(db: Executor, values: Partial<typeof leaders.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(leaders)
    .values({ name: `领导${n}`, post: `副市长${n}`, ...values })
    .returning();
  return row!;
}

export async function makeInspection(db: Executor, values: Partial<typeof inspections.$inferInsert> = {}) {
  const [row] = await db
    .insert(inspections)
    .values({
      name: `巡视${next()}`,
      inspectingBody: '省委第十一巡视组',
      inspectedOrganisation: '中共佛山市委',
      level: 'PROVINCIAL',
      kind: 'PATROL',
      feedbackDate: '2018-07-24',
      ...values,
    })
    .returning();
  return row!;
}

export async function makeIssue(
  db: Executor,
  values: Partial<typeof issues.$inferInsert> & { inspectionId: number },
) {
  const n = next();
  const [row] = await db
    .insert(issues)
    .values({
      kind: 'PROBLEM',
      code: `测试${n}`,
      position: n,
      sortKey: String(n).padStart(6, '0'),
      title: `问题${n}`,
      ...values,
    })
    .returning();
  return row!;
}

export async function makeTask(
  db: Executor,
  values: Partial<typeof tasks.$inferInsert> & { issueId: number; coUnitIds?: number[] },
) {
  const { coUnitIds = [], ...rest } = values;
  const n = next();
  const [row] = await db
    .insert(tasks)
    .values({ position: n, measure: `整改措施${n}`, ...rest })
    .returning();
  if (coUnitIds.length > 0)
    await db.insert(taskCoUnits).values(coUnitIds.map((unitId) => ({ taskId: row!.id, unitId })));
  return row!;
}
