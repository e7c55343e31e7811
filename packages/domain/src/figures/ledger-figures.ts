import type { IssueStatus, TaskStatus } from '../enums/ledger.js';
import { isTaskOpen } from '../lifecycle/task-lifecycle.js';
import { type Rate, rate } from './rate.js';

/**
 * An issue's status follows its tasks: RECTIFIED when every task is closed, ONGOING when every task is
 * closed or ongoing (基本完成、长期坚持) and one is ongoing, NOT_STARTED when none has started.
 */
export function issueStatusOf(taskStatuses: readonly TaskStatus[]): IssueStatus {
  if (taskStatuses.length === 0) return 'NOT_STARTED';
  if (taskStatuses.every((s) => s === 'CLOSED')) return 'RECTIFIED';
  if (taskStatuses.every((s) => s === 'CLOSED' || s === 'ONGOING')) return 'ONGOING';
  if (taskStatuses.every((s) => s === 'NOT_STARTED')) return 'NOT_STARTED';
  return 'IN_PROGRESS';
}

/** Counts of issues by derived status, the way published reports state them. */
export interface IssueTally {
  total: number;
  rectified: number;
  ongoing: number;
  notDone: number;
}

export function tallyIssues(statuses: readonly IssueStatus[]): IssueTally {
  return tallyIssueCounts(statuses.map((status) => ({ status, count: 1 })));
}

/** The tally from issues already counted by status. */
export function tallyIssueCounts(counts: readonly { status: IssueStatus; count: number }[]): IssueTally {
  const sum = (status?: IssueStatus) =>
    counts.reduce((n, c) => (status == null || c.status === status ? n + c.count : n), 0);
  const total = sum();
  const rectified = sum('RECTIFIED');
  const ongoing = sum('ONGOING');
  return { total, rectified, ongoing, notDone: total - rectified - ongoing };
}

/**
 * 整改完成率: fully rectified issues over all issues. Published reports count "basically done, continuing"
 * issues apart (697 problems, 688 rectified, 4 ongoing, 5 not done → 98.71%), so they are not in the part.
 */
export const rectificationRate = (t: IssueTally): Rate => rate(t.rectified, t.total);

/** Rectified or basically done and continuing, over all issues (the "完成或基本完成" figure). */
export const doneOrOngoingRate = (t: IssueTally): Rate => rate(t.rectified + t.ongoing, t.total);

/** 销号率: closed tasks over all tasks. */
export const closureRate = (taskStatuses: readonly TaskStatus[]): Rate =>
  rate(taskStatuses.filter((s) => s === 'CLOSED').length, taskStatuses.length);

/** A deadline has passed when it is before today (no deadline never passes). Dates are ISO `YYYY-MM-DD`. */
export const deadlinePassed = (deadline: string | null, today: string): boolean =>
  deadline != null && deadline < today;

/** A task is overdue when its deadline has passed and it is still open. */
export function isOverdue(task: { status: TaskStatus; deadline: string | null }, today: string): boolean {
  return isTaskOpen(task.status) && deadlinePassed(task.deadline, today);
}
