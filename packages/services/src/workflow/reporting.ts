import { chinaDateOf, type IsoDate, type TaskStatus } from '@rectify/domain';
import { REPORTING_STATUSES } from './workflow-rules.js';

/**
 * 未按期报送: a task that should report (not closed, not awaiting closure review) and has no progress report
 * made since the current reporting period began.
 */
export function reportMissing(
  task: { status: TaskStatus; lastReportedAt: Date | string | null },
  periodStart: IsoDate,
): boolean {
  if (!REPORTING_STATUSES.includes(task.status)) return false;
  return task.lastReportedAt == null || chinaDateOf(task.lastReportedAt) < periodStart;
}
