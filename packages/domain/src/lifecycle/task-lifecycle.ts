import { defineEnum, type EnumValue } from '../enums/define-enum.js';
import { TaskStatus } from '../enums/ledger.js';
import { allowedEvents, type LifecycleTable, lifecycle } from './transition.js';

export const TaskEvent = defineEnum({
  START: { zh: '启动整改', en: 'Start' },
  REQUEST_CLOSURE: { zh: '申请销号', en: 'Request closure' },
  WITHDRAW_CLOSURE: { zh: '撤回销号申请', en: 'Withdraw closure request' },
  APPROVE_CLOSURE: { zh: '审核通过销号', en: 'Approve closure' },
  REJECT_CLOSURE: { zh: '退回销号申请', en: 'Reject closure' },
  MARK_ONGOING: { zh: '标记为基本完成、长期坚持', en: 'Mark as ongoing' },
  REOPEN: { zh: '回头看重新打开', en: 'Reopen' },
  RESUME: { zh: '恢复整改', en: 'Resume' },
});
export type TaskEvent = EnumValue<typeof TaskEvent>;

/**
 * NOT_STARTED → IN_PROGRESS → CLOSURE_REQUESTED → CLOSED; a rejection returns the task to IN_PROGRESS;
 * a look-back reopens a CLOSED (or ONGOING) task, which then resumes as IN_PROGRESS.
 */
export const taskLifecycle = {
  START: { from: ['NOT_STARTED'], to: 'IN_PROGRESS' },
  REQUEST_CLOSURE: { from: ['NOT_STARTED', 'IN_PROGRESS', 'REOPENED'], to: 'CLOSURE_REQUESTED' },
  WITHDRAW_CLOSURE: { from: ['CLOSURE_REQUESTED'], to: 'IN_PROGRESS' },
  APPROVE_CLOSURE: { from: ['CLOSURE_REQUESTED'], to: 'CLOSED' },
  REJECT_CLOSURE: { from: ['CLOSURE_REQUESTED'], to: 'IN_PROGRESS' },
  MARK_ONGOING: { from: ['IN_PROGRESS', 'REOPENED'], to: 'ONGOING' },
  REOPEN: { from: ['CLOSED', 'ONGOING'], to: 'REOPENED' },
  RESUME: { from: ['REOPENED'], to: 'IN_PROGRESS' },
} as const satisfies LifecycleTable<TaskStatus, TaskEvent>;

export const transitionTask = lifecycle<TaskStatus, TaskEvent>(
  taskLifecycle,
  (s) => TaskStatus.labels[s],
  (e) => TaskEvent.labels[e],
);

export const taskEventsFrom = (status: TaskStatus): TaskEvent[] => allowedEvents(taskLifecycle, status);

/** Statuses in which a task still has work to do: these can be overdue and get reminders. */
export const OPEN_TASK_STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'CLOSURE_REQUESTED',
  'REOPENED',
] as const satisfies readonly TaskStatus[];

export const isTaskOpen = (status: TaskStatus): boolean =>
  (OPEN_TASK_STATUSES as readonly string[]).includes(status);
