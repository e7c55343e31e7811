import type { Database } from '@rectify/db';
import { isOverdue, systemActor } from '@rectify/domain';
import { createUser } from '@rectify/services';
import type { ScaleLedger } from '../generate/scale-ledger.js';

/** The benchmark's accounts: they sign in through the API like anyone else. Not for a real installation. */
export const BENCH_ACCOUNTS = {
  office: { username: 'bench.office', displayName: '基准测试·整改办' },
  unit: { username: 'bench.unit', displayName: '基准测试·责任单位' },
} as const;
export const BENCH_PASSWORD = 'rectify-bench-password';

/** The unit with the most overdue tasks, led or co-operated on, as of `today`: Q2 reads its list. */
export function busiestOverdueUnit(ledger: ScaleLedger, today: string): { unitId: number; overdue: number } {
  const overdue = new Map<number, number>();
  for (const task of ledger.tasks) {
    if (!isOverdue(task, today)) continue;
    for (const unitId of [task.leadUnitId, ...task.coUnitIds])
      overdue.set(unitId, (overdue.get(unitId) ?? 0) + 1);
  }
  const [unitId, count] = [...overdue].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, -1]);
  return { unitId, overdue: count };
}

/** An OFFICE account, and a UNIT account for `unitId` (a database id), created by the use case. */
export async function createBenchAccounts(db: Database, unitId: number): Promise<void> {
  const ctx = { db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
  await createUser(ctx, { ...BENCH_ACCOUNTS.office, password: BENCH_PASSWORD, role: 'OFFICE' });
  await createUser(ctx, { ...BENCH_ACCOUNTS.unit, password: BENCH_PASSWORD, role: 'UNIT', unitId });
}
