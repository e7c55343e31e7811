import { openDatabase, queryRows } from '@rectify/db';
import { userActor } from '@rectify/domain';
import {
  exportLedgerWorkbook,
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
// process's resident size before the first run and at its peak (VmHWM).

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
const once: Record<HeavyRead, () => Promise<number | null>> = {
  figures: async () => {
    await getLedgerFigures(ctx, { inspectionId: inspection!.id });
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
const startRssMb = procMemoryMb(process.pid, 'VmRSS');
let bytes = await once[what]();
const runsMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const at = performance.now();
  bytes = await once[what]();
  runsMs.push(performance.now() - at);
}
const result: HeavyReadResult = {
  what,
  runsMs,
  startRssMb,
  peakRssMb: procMemoryMb(process.pid, 'VmHWM'),
  bytes,
};
console.log(JSON.stringify(result));
await handle.close();
