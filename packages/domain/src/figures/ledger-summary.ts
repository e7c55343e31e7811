import { addDays, weekStartOf } from '../calendar/china-calendar.js';
import { TaskStatus } from '../enums/ledger.js';
import { isTaskOpen } from '../lifecycle/task-lifecycle.js';
import {
  countLedger,
  issueStatusCounts,
  type LedgerCounts,
  type StatusTally,
  type TaskFacts,
  WEEKS_AHEAD,
} from './ledger-counts.js';
import { type IssueTally, rectificationRate, tallyIssueCounts } from './ledger-figures.js';
import { type Rate, rate } from './rate.js';

export type { TaskFacts } from './ledger-counts.js';

export interface TaskCounts {
  total: number;
  closed: number;
  ongoing: number;
  overdue: number;
  closureRate: Rate;
}

export interface LedgerSummary {
  tasks: TaskCounts;
  /** Issues that hold tasks, by derived status (an issue is counted once, at the level its tasks hang from). */
  issues: IssueTally & { rectificationRate: Rate };
  byUnit: Map<number, TaskCounts>;
  byLeader: Map<number, TaskCounts>;
  /** Open tasks due in each of the coming weeks (Monday dates), overdue ones not included. */
  deadlinesAhead: { weekStart: string; count: number }[];
}

const sumOf = (byStatus: Record<TaskStatus, number>, keep: (s: TaskStatus) => boolean) =>
  TaskStatus.values.reduce((n, s) => (keep(s) ? n + byStatus[s] : n), 0);

/** 销号率 is closed over all tasks; overdue tasks are the open ones whose deadline has passed (isOverdue). */
function countTasks({ all, pastDeadline }: StatusTally): TaskCounts {
  const total = sumOf(all, () => true);
  return {
    total,
    closed: all.CLOSED,
    ongoing: all.ONGOING,
    overdue: sumOf(pastDeadline, isTaskOpen),
    closureRate: rate(all.CLOSED, total),
  };
}

const mapValues = <K>(groups: Map<K, StatusTally>) =>
  new Map([...groups].map(([k, v]) => [k, countTasks(v)]));

/** Every figure of the ledger (or of the part of it the caller sees), from its tasks counted (countLedger). */
export function summariseCounts(
  counts: LedgerCounts,
  today: string,
  weeksAhead = WEEKS_AHEAD,
): LedgerSummary {
  const tally = tallyIssueCounts(issueStatusCounts(counts.issues));
  const firstWeek = weekStartOf(today);
  const weeks = Array.from({ length: weeksAhead }, (_, i) => addDays(firstWeek, 7 * i));
  const dueByWeek = new Map<string, number>();
  for (const [deadline, { all }] of counts.byDueDate) {
    const week = weekStartOf(deadline);
    dueByWeek.set(week, (dueByWeek.get(week) ?? 0) + sumOf(all, isTaskOpen));
  }
  return {
    tasks: countTasks(counts.tasks),
    issues: { ...tally, rectificationRate: rectificationRate(tally) },
    byUnit: mapValues(counts.byUnit),
    byLeader: mapValues(counts.byLeader),
    deadlinesAhead: weeks.map((weekStart) => ({ weekStart, count: dueByWeek.get(weekStart) ?? 0 })),
  };
}

/** Every figure of the ledger (or of the part of it the caller sees), from its tasks. */
export function summariseLedger(
  tasks: readonly TaskFacts[],
  today: string,
  weeksAhead = WEEKS_AHEAD,
): LedgerSummary {
  return summariseCounts(countLedger(tasks, today, weeksAhead), today, weeksAhead);
}
