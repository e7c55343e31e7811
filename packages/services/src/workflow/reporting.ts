import type { IsoDate, TaskStatus } from '@rectify/domain';
import { REPORTING_STATUSES } from './workflow-rules.js';

/** The calendar day (China Standard Time) of a moment, as the ledger's dates are kept. */
export function cstDateOf(moment: Date | string): IsoDate {
  const ms = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * 未按期报送: a task that should report (not closed, not awaiting closure review) and has no progress report
 * made since the current reporting period began.
 */
export function reportMissing(
  task: { status: TaskStatus; lastReportedAt: Date | string | null },
  periodStart: IsoDate,
): boolean {
  if (!REPORTING_STATUSES.includes(task.status)) return false;
  return task.lastReportedAt == null || cstDateOf(task.lastReportedAt) < periodStart;
}
