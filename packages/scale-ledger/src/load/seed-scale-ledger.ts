import { type Database, inspections } from '@rectify/db';
import { todayOf } from '@rectify/services';
import { like } from 'drizzle-orm';
import { generateLedger, ledgerHash, SCALE_INSPECTION_PREFIX } from '../generate/generate-ledger.js';
import { SCALE_100X, type ScaleCounts } from '../generate/scale-ledger.js';
import { busiestOverdueUnit, createBenchAccounts } from './bench-accounts.js';
import { loadLedger } from './load-ledger.js';

export interface SeededLedger {
  inspectionName: string;
  /** False when a scale ledger was there already: nothing was written. */
  loaded: boolean;
  hash?: string;
  counts?: ScaleCounts;
  /** The UNIT account's unit (database id) and its overdue tasks. */
  benchUnit?: { id: number; name: string; overdue: number };
  timings?: { generateMs: number; loadMs: number };
}

/**
 * Generates the scale ledger for `seed`, bulk-loads it and creates the benchmark accounts. Once per
 * database: when a scale ledger is loaded already, it is left as it is.
 */
export async function seedScaleLedger(
  db: Database,
  options: { seed: number; counts?: ScaleCounts; now?: Date },
): Promise<SeededLedger> {
  const [existing] = await db
    .select({ name: inspections.name })
    .from(inspections)
    .where(like(inspections.name, `${SCALE_INSPECTION_PREFIX}%`));
  if (existing) return { inspectionName: existing.name, loaded: false };
  const started = performance.now();
  const ledger = generateLedger(options.seed, options.counts ?? SCALE_100X);
  const generated = performance.now();
  const offsets = await loadLedger(db, ledger);
  const unit = busiestOverdueUnit(ledger, todayOf({ now: () => options.now ?? new Date() }));
  const benchUnitId = unit.unitId + offsets.units;
  await createBenchAccounts(db, benchUnitId);
  return {
    inspectionName: ledger.inspection.name,
    loaded: true,
    hash: ledgerHash(ledger),
    counts: {
      units: ledger.units.length,
      leaders: ledger.leaders.length,
      issues: ledger.issues.length,
      tasks: ledger.tasks.length,
      progressReports: ledger.progressReports.length,
    },
    benchUnit: {
      id: benchUnitId,
      name: ledger.units[unit.unitId - 1]!.name,
      overdue: unit.overdue,
    },
    timings: { generateMs: generated - started, loadMs: performance.now() - generated },
  };
}
