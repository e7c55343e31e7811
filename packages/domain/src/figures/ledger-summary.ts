import { addDays, weekStartOf } from '../calendar/china-calendar.js';
import type { TaskStatus } from '../enums/ledger.js';
import { isTaskOpen } from '../lifecycle/task-lifecycle.js';
import {
  closureRate,
  type IssueTally,
  isOverdue,
  issueStatusOf,
  rectificationRate,
  tallyIssues,
} from './ledger-figures.js';
import type { Rate } from './rate.js';

/** The facts of one task that the ledger's figures count. */
export interface TaskFacts {
  issueId: number;
  leadUnitId: number | null;
  leaderId: number | null;
  status: TaskStatus;
  deadline: string | null;
}

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

function countTasks(tasks: readonly TaskFacts[], today: string): TaskCounts {
  const statuses = tasks.map((t) => t.status);
  return {
    total: tasks.length,
    closed: statuses.filter((s) => s === 'CLOSED').length,
    ongoing: statuses.filter((s) => s === 'ONGOING').length,
    overdue: tasks.filter((t) => isOverdue(t, today)).length,
    closureRate: closureRate(statuses),
  };
}

function groupBy<K>(tasks: readonly TaskFacts[], key: (t: TaskFacts) => K | null): Map<K, TaskFacts[]> {
  const groups = new Map<K, TaskFacts[]>();
  for (const task of tasks) {
    const k = key(task);
    if (k == null) continue;
    const group = groups.get(k);
    if (group) group.push(task);
    else groups.set(k, [task]);
  }
  return groups;
}

const mapValues = <K>(groups: Map<K, TaskFacts[]>, today: string) =>
  new Map([...groups].map(([k, v]) => [k, countTasks(v, today)]));

/** Every figure of the ledger (or of the part of it the caller sees), from its tasks. */
export function summariseLedger(tasks: readonly TaskFacts[], today: string, weeksAhead = 8): LedgerSummary {
  const issueStatuses = [...groupBy(tasks, (t) => t.issueId).values()].map((group) =>
    issueStatusOf(group.map((t) => t.status)),
  );
  const tally = tallyIssues(issueStatuses);
  const firstWeek = weekStartOf(today);
  const weeks = Array.from({ length: weeksAhead }, (_, i) => addDays(firstWeek, 7 * i));
  // Each open task's week once (a week's start is a date computation), counted per week.
  const dueByWeek = new Map<string, number>();
  for (const t of tasks) {
    if (!isTaskOpen(t.status) || t.deadline == null || t.deadline < today) continue;
    const week = weekStartOf(t.deadline);
    dueByWeek.set(week, (dueByWeek.get(week) ?? 0) + 1);
  }
  return {
    tasks: countTasks(tasks, today),
    issues: { ...tally, rectificationRate: rectificationRate(tally) },
    byUnit: mapValues(
      groupBy(tasks, (t) => t.leadUnitId),
      today,
    ),
    byLeader: mapValues(
      groupBy(tasks, (t) => t.leaderId),
      today,
    ),
    deadlinesAhead: weeks.map((weekStart) => ({ weekStart, count: dueByWeek.get(weekStart) ?? 0 })),
  };
}
