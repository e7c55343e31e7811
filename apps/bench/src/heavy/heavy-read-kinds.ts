/** The heavy reads of issue 20, each measured in a process of its own (heavy-read-process.ts). */
export const HEAVY_READS = {
  figures: 'dashboard figures',
  weekly: 'weekly summary',
  excel: 'Excel export of the task list',
  docx: 'progress report (通报) as DOCX',
} as const;
export type HeavyRead = keyof typeof HEAVY_READS;

export interface HeavyReadResult {
  what: HeavyRead;
  /** Each run's time; for the figures, each the first read after a change (the server's cache empty). */
  runsMs: number[];
  /** The figures only: each run's read again, answered from the server's cache. */
  warmRunsMs?: number[];
  /** Resident size before the first run, and the process's peak (VmHWM). */
  startRssMb: number;
  peakRssMb: number;
  /** Output size in bytes, for the files. */
  bytes: number | null;
}

/** BENCH_HEAVY: some of the heavy reads only (comma-separated kinds); all when unset. */
export function heavyReadsOf(list: string | undefined): HeavyRead[] {
  const kinds = (list ?? Object.keys(HEAVY_READS).join(',')).split(',').filter(Boolean);
  const unknown = kinds.filter((k) => !(k in HEAVY_READS));
  if (unknown.length)
    throw new Error(
      `BENCH_HEAVY: ${unknown.join(', ')}? (one or more of ${Object.keys(HEAVY_READS).join(', ')})`,
    );
  return kinds as HeavyRead[];
}
