import { openDatabase, queryRows } from '@rectify/db';
import { userActor } from '@rectify/domain';
import {
  exportLedgerWorkbook,
  FiguresCache,
  generateProgressReport,
  getLedgerFigures,
  getWeeklySummary,
  type ServiceContext,
} from '@rectify/services';
import { sql } from 'drizzle-orm';
import { procMemoryMb } from '../measure/process-memory.js';
import type { HeavyRead, HeavyReadResult } from './heavy-read-kinds.js';

// One heavy read, in a process of its own so that its peak resident size is its own: the office's use case
// as the API runs it, `BENCH_HEAVY_RUNS` times after one warm-up. Prints one JSON line: the times and the
// process's resident size before the first run and at its peak (VmHWM). The figures are read through a
// figures cache as the API's (http/server.ts): each run commits a change first and waits until the cache
// has heard it, so that the run counts afresh (cold), then reads again (warm, from the cache).

const what = process.argv[2] as HeavyRead;
const runs = Number(process.env.BENCH_HEAVY_RUNS ?? 5);
const handle = await openDatabase({ url: process.env.BENCH_DATABASE_URL, poolSize: 2 });
const [office] = await queryRows<{ id: number }>(
  handle.db,
  sql`select id from users where username = 'bench.office'`,
);
const [inspection] = await queryRows<{ id: number }>(
  handle.db,
  sql`select id from inspections order by id desc limit 1`,
);
const ctx: ServiceContext = {
  db: handle.db,
  actor: userActor('OFFICE', office!.id),
  locale: 'zh',
  now: () => new Date(),
};
const figuresCache = what === 'figures' ? await FiguresCache.listen(handle) : null;
const once: Record<HeavyRead, () => Promise<number | null>> = {
  figures: async () => {
    await getLedgerFigures(ctx, { inspectionId: inspection!.id }, figuresCache);
    return null;
  },
  weekly: async () => {
    await getWeeklySummary(ctx, { inspectionId: inspection!.id });
    return null;
  },
  excel: async () =>
    (await exportLedgerWorkbook(ctx, { kind: 'TASKS', inspectionId: inspection!.id })).content.byteLength,
  docx: async () => {
    const file = await generateProgressReport(ctx, { inspectionId: inspection!.id, format: 'DOCX' });
    return typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength;
  },
};
/** A committed change the figures' triggers hear (a unit's name written as it was), once the cache heard it. */
async function changeLedger(cache: FiguresCache) {
  await handle.db.execute(sql`update units set name = name where id = (select min(id) from units)`);
  const until = performance.now() + 10_000;
  while (cache.size > 0) {
    if (performance.now() > until) throw new Error('the figures cache did not hear the change');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const startRssMb = procMemoryMb(process.pid, 'VmRSS');
let bytes = await once[what]();
/** One read's time, keeping its output's size. */
const timed = async () => {
  const at = performance.now();
  bytes = await once[what]();
  return performance.now() - at;
};
const runsMs: number[] = [];
const warmRunsMs: number[] = [];
for (let i = 0; i < runs; i++) {
  if (figuresCache) await changeLedger(figuresCache);
  runsMs.push(await timed());
  if (figuresCache) warmRunsMs.push(await timed());
}
const result: HeavyReadResult = {
  what,
  runsMs,
  ...(figuresCache ? { warmRunsMs } : {}),
  startRssMb,
  peakRssMb: procMemoryMb(process.pid, 'VmHWM'),
  bytes,
};
console.log(JSON.stringify(result));
await figuresCache?.close();
await handle.close();
