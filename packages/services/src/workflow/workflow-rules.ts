import { type Executor, evidence, issues, type TaskRow, tasks } from '@rectify/db';
import {
  type Actor,
  type Label,
  ledgerScopeOf,
  type TaskEvent,
  type TaskStatus,
  taskVisible,
  transitionTask,
} from '@rectify/domain';
import { count, eq } from 'drizzle-orm';
import { invalidTransition, ServiceError } from '../kernel/errors.js';
import { type TaskWithCoUnits, taskWithCoUnitsColumns } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';

/**
 * The task, locked for the rest of the transaction (`select … for update`), when the actor may see it; null
 * when it does not exist or lies outside the actor's scope, which callers answer alike (NOT_FOUND). Every
 * workflow step that changes a task or one of its requests takes this lock, so that two at once are serialised.
 */
export async function lockedTaskInScope(
  tx: Executor,
  actor: Actor,
  id: number,
): Promise<TaskWithCoUnits | null> {
  const [task] = await tx.select(taskWithCoUnitsColumns).from(tasks).where(eq(tasks.id, id)).for('update');
  if (!task) return null;
  return taskVisible(ledgerScopeOf(actor), task) ? task : null;
}

/** Where a lifecycle event takes the task; refused with the lifecycle's reason when it is not allowed. */
export function allowedMove(status: TaskStatus, event: TaskEvent, field = 'taskId'): TaskStatus {
  const move = transitionTask(status, event);
  if (!move.ok) throw invalidTransition(move.reason, field);
  return move.to;
}

/** Only the lead unit acts for a task; a co-operating unit sees it but is refused, saying why. */
export function notLeadUnit(action: Label): ServiceError {
  const message = messages.workflow.onlyLeadUnitMayCo({ action });
  return new ServiceError('FORBIDDEN', message, [{ field: 'taskId', code: 'NOT_LEAD_UNIT', message }]);
}

/** A review is signed by a person: the system or a partner token cannot review. */
export function reviewerOf(actor: Actor): number {
  if (actor.userId != null) return actor.userId;
  const message = messages.workflow.reviewMustSignedSignedUser;
  throw new ServiceError('FORBIDDEN', message, [{ field: '', code: 'NO_REVIEWER', message }]);
}

export async function evidenceCountOf(tx: Executor, taskId: number): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(evidence).where(eq(evidence.taskId, taskId));
  return row?.n ?? 0;
}

/** How a task is named in messages: its issue's code, its ordinal and the start of its measure. */
export function captionOf(task: { code: string; ordinal: string; measure: string }): string {
  const measure = [...task.measure];
  const short = measure.length > 24 ? `${measure.slice(0, 24).join('')}…` : task.measure;
  return `${task.code}${task.ordinal ? ` ${task.ordinal}` : ''}「${short}」`;
}

export async function taskCaption(tx: Executor, task: Pick<TaskRow, 'issueId' | 'ordinal' | 'measure'>) {
  const [issue] = await tx.select({ code: issues.code }).from(issues).where(eq(issues.id, task.issueId));
  return captionOf({ code: issue?.code ?? '', ordinal: task.ordinal, measure: task.measure });
}

/** Statuses a unit still reports progress in (closed tasks and those awaiting closure review do not). */
export const REPORTING_STATUSES: readonly TaskStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'REOPENED',
  'ONGOING',
];
