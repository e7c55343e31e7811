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
  runsMs: number[];
  /** Resident size before the first run, and the process's peak (VmHWM). */
  startRssMb: number;
  peakRssMb: number;
  /** Output size in bytes, for the files. */
  bytes: number | null;
}
