import { daysBetween } from '../calendar/china-calendar.js';
import type { TaskStatus, WarningLevel } from '../enums/ledger.js';
import { isTaskOpen } from '../lifecycle/task-lifecycle.js';

/** Lead times the office configures: yellow from `yellowDays` before the deadline. */
export interface WarningSettings {
  yellowDays: number;
  /** Days before the deadline at which reminders go out (e.g. 20 and 10). */
  reminderDays: readonly number[];
}

export const DEFAULT_WARNING_SETTINGS: WarningSettings = { yellowDays: 20, reminderDays: [20, 10] };

/** Whole days from `today` to `deadline` (ISO dates), negative when past. */
export function daysUntil(deadline: string, today: string): number {
  return daysBetween(today, deadline);
}

/** Green on track, yellow near the deadline, red overdue — computed at each read, never stored. */
export function warningLevelOf(
  task: { status: TaskStatus; deadline: string | null },
  today: string,
  settings: WarningSettings = DEFAULT_WARNING_SETTINGS,
): WarningLevel {
  if (!isTaskOpen(task.status) || task.deadline == null) return 'NONE';
  const days = daysUntil(task.deadline, today);
  if (days < 0) return 'RED';
  if (days <= settings.yellowDays) return 'YELLOW';
  return 'GREEN';
}
