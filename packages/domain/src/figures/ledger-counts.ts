import { addDays, weekStartOf } from '../calendar/china-calendar.js';
import { TaskStatus } from '../enums/ledger.js';
import { deadlinePassed, issueStatusOf } from './ledger-figures.js';

// What the ledger's figures read of its tasks, counted: few numbers however many tasks there are, so a
// database can count them (services' ledger-figures.ts) and the domain still says what each figure means
// (summariseCounts). countLedger counts the same from task rows; a test checks both counts agree.

/** The facts of one task that the ledger's figures count. */
export interface TaskFacts {
  issueId: number;
  leadUnitId: number | null;
  leaderId: number | null;
  status: TaskStatus;
  deadline: string | null;
}

type ByStatus = Record<TaskStatus, number>;

/** Tasks by status, and of those, the ones whose deadline has passed (deadlinePassed). */
export interface StatusTally {
  all: ByStatus;
  pastDeadline: ByStatus;
}

export interface LedgerCounts {
  tasks: StatusTally;
  byUnit: Map<number, StatusTally>;
  byLeader: Map<number, StatusTally>;
  /** Tasks due within dueHorizon, by deadline. */
  byDueDate: Map<string, StatusTally>;
  /** Issues by the distinct statuses of their tasks, which alone decide the issue's status (issueStatusOf). */
  issues: { statuses: TaskStatus[]; count: number }[];
}

const emptyByStatus = (): ByStatus => Object.fromEntries(TaskStatus.values.map((s) => [s, 0])) as ByStatus;
export const emptyTally = (): StatusTally => ({ all: emptyByStatus(), pastDeadline: emptyByStatus() });

/** How many weeks of deadlines the figures list ahead. */
export const WEEKS_AHEAD = 8;

/** The deadlines the weeks ahead list: from today to the end of the last week (exclusive). */
export function dueHorizon(today: string, weeksAhead: number): { from: string; until: string } {
  return { from: today, until: addDays(weekStartOf(today), 7 * weeksAhead) };
}

/** The counts of `tasks`, as a database counts them. */
export function countLedger(tasks: readonly TaskFacts[], today: string, weeksAhead: number): LedgerCounts {
  const counts: LedgerCounts = {
    tasks: emptyTally(),
    byUnit: new Map(),
    byLeader: new Map(),
    byDueDate: new Map(),
    issues: [],
  };
  const horizon = dueHorizon(today, weeksAhead);
  const issueStatuses = new Map<number, Set<TaskStatus>>();
  const add = <K>(map: Map<K, StatusTally>, key: K | null, task: TaskFacts) => {
    if (key == null) return;
    const tally = map.get(key) ?? emptyTally();
    map.set(key, tally);
    addTask(tally, task, today);
  };
  for (const task of tasks) {
    addTask(counts.tasks, task, today);
    add(counts.byUnit, task.leadUnitId, task);
    add(counts.byLeader, task.leaderId, task);
    const due = task.deadline != null && task.deadline >= horizon.from && task.deadline < horizon.until;
    add(counts.byDueDate, due ? task.deadline : null, task);
    const statuses = issueStatuses.get(task.issueId) ?? new Set();
    issueStatuses.set(task.issueId, statuses.add(task.status));
  }
  const bySet = new Map<string, number>();
  for (const statuses of issueStatuses.values()) {
    const key = [...statuses].sort().join(',');
    bySet.set(key, (bySet.get(key) ?? 0) + 1);
  }
  counts.issues = [...bySet].map(([key, count]) => ({ statuses: key.split(',') as TaskStatus[], count }));
  return counts;
}

function addTask(tally: StatusTally, task: TaskFacts, today: string) {
  tally.all[task.status]++;
  if (deadlinePassed(task.deadline, today)) tally.pastDeadline[task.status]++;
}

/** Issue statuses counted, from issues counted by their tasks' statuses. */
export const issueStatusCounts = (issues: LedgerCounts['issues']) =>
  issues.map(({ statuses, count }) => ({ status: issueStatusOf(statuses), count }));
