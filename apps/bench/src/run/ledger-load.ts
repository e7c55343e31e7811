import { writeFileSync } from 'node:fs';
import { openDatabase, queryRows } from '@rectify/db';
import { BENCH_ACCOUNTS, type ScaleCounts, scaledCounts, seedScaleLedger } from '@rectify/scale-ledger';
import { sql } from 'drizzle-orm';
import { DatabaseCpu } from '../measure/cpu-time.js';
import { procMemoryMb } from '../measure/process-memory.js';

export interface LedgerLoad {
  /** Against the demo ledger: 100 is issue 8's ledger, 1000 province scale. */
  factor: number;
  counts: ScaleCounts;
  generateMs: number;
  loadMs: number;
  /** This process's peak resident size while generating and loading. */
  peakRssMb: number;
  /** CPU time of generating and loading, this process's and PostgreSQL's: steadier than wall time on a shared machine. */
  cpuMs: { node: number; postgres: number };
  /** The UNIT account's unit (Q2's), that account's user id and the OFFICE account's (the write bench's reporters and approvers). */
  unit: { id: number; name: string; overdue: number };
  unitUserId: number;
  officeUserId: number;
  postgres: string;
}

/** Generates and loads the ledger at `factor` into the empty database of `databaseUrl`, timed and weighed. */
export async function loadBenchLedger(
  databaseUrl: string,
  factor: number,
  seed: number,
): Promise<LedgerLoad> {
  resetPeakRss();
  const handle = await openDatabase({ url: databaseUrl });
  const databaseCpu = await DatabaseCpu.connect(databaseUrl);
  try {
    await handle.db.execute(sql`select 1`);
    const [cpuBefore, postgresBefore] = [process.cpuUsage(), await databaseCpu.snapshot()];
    const seeded = await seedScaleLedger(handle.db, { seed, counts: scaledCounts(factor / 100) });
    const nodeCpu = process.cpuUsage(cpuBefore);
    const cpuMs = {
      node: (nodeCpu.user + nodeCpu.system) / 1000,
      postgres: await databaseCpu.since(postgresBefore),
    };
    const peakRssMb = procMemoryMb(process.pid, 'VmHWM');
    const [row] = await queryRows<{ v: string; unitUserId: number; officeUserId: number }>(
      handle.db,
      sql`select split_part(version(), ' (', 1) as v,
        (select id from users where username = ${BENCH_ACCOUNTS.unit.username}) as "unitUserId",
        (select id from users where username = ${BENCH_ACCOUNTS.office.username}) as "officeUserId"`,
    );
    return {
      factor,
      counts: seeded.counts!,
      ...seeded.timings!,
      peakRssMb,
      cpuMs,
      unit: seeded.benchUnit!,
      unitUserId: row!.unitUserId,
      officeUserId: row!.officeUserId,
      postgres: row!.v,
    };
  } finally {
    await databaseCpu.close();
    await handle.close();
  }
}

/** Sets VmHWM back to the current resident size (Linux: 5 to clear_refs), so each load's peak is its own. */
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the whole run so far, which the loads only raise.
  }
}
