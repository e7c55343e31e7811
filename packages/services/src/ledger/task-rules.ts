import { type Executor, type TaskRow, taskCoUnits, tasks } from '@rectify/db';
import { type Actor, ledgerScopeOf, type TaskStatus, TaskTerm, taskVisible } from '@rectify/domain';
import { eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Validator } from '../kernel/validate.js';
import { updateVersioned } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { checkLeader, checkUnit, checkUnits } from '../organisation/references.js';
import { TASK_FIELDS, TASK_LABEL } from './ledger-labels.js';

const ORDINAL_MAX = 20;
const MEASURE_MAX = 20_000;
const TARGET_MAX = 5_000;

/** A task with its co-operating units: what the use cases return and what the audit log records. */
export type TaskWithCoUnits = TaskRow & { coUnitIds: number[] };

/** A task's columns and its co-operating units (ascending), so that both are read in one statement. */
export const taskWithCoUnitsColumns = {
  ...getTableColumns(tasks),
  coUnitIds: sql<
    number[]
  >`array(select c.unit_id from task_co_units c where c.task_id = ${tasks.id} order by c.unit_id)`,
};

/**
 * The tasks among `ids` that the actor may see, with their co-units. A task outside the actor's scope is
 * left out exactly like one that does not exist, so that the answer does not reveal it.
 */
export async function tasksInScope(tx: Executor, actor: Actor, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, TaskWithCoUnits>();
  const rows: TaskWithCoUnits[] = await tx
    .select(taskWithCoUnitsColumns)
    .from(tasks)
    .where(inArray(tasks.id, [...ids]));
  const scope = ledgerScopeOf(actor);
  const visible = rows.filter((task) => taskVisible(scope, task));
  return new Map(visible.map((task) => [task.id, task]));
}

export async function taskInScope(tx: Executor, actor: Actor, id: number): Promise<TaskWithCoUnits | null> {
  return (await tasksInScope(tx, actor, [id])).get(id) ?? null;
}

export interface Assignment {
  leaderId?: number | null | undefined;
  leadUnitId?: number | null | undefined;
  coUnitIds?: readonly number[] | null | undefined;
}

/** The leader and units must exist, and the lead unit cannot also be one of the co-operating units. */
export async function checkAssignment(tx: Executor, v: Validator, assignment: Assignment): Promise<void> {
  await checkLeader(tx, v, 'leaderId', assignment.leaderId);
  await checkUnit(tx, v, 'leadUnitId', assignment.leadUnitId);
  const coUnitIds = [...new Set(assignment.coUnitIds ?? [])];
  await checkUnits(tx, v, 'coUnitIds', coUnitIds);
  if (assignment.leadUnitId != null && coUnitIds.includes(assignment.leadUnitId))
    addLeadIsCoUnit(v, 'coUnitIds');
}

export function addLeadIsCoUnit(v: Validator, field: string, taskId?: number): void {
  v.add(
    field,
    'LEAD_IS_CO_UNIT',
    messages.ledger.cannotAlsoCoOperatingUnit({
      taskId,
      leadUnitIdField: TASK_FIELDS.leadUnitId,
      coUnitIdsField: TASK_FIELDS.coUnitIds,
    }),
  );
}

/** Basically done and continuing (ONGOING) is a state of long-term tasks only. */
export function checkStatusTerm(v: Validator, field: 'status' | 'term', status: TaskStatus, term: TaskTerm) {
  if (status === 'ONGOING' && term !== 'LONG_TERM') {
    v.add(field, 'ONGOING_NEEDS_LONG_TERM', messages.ledger.onlyLongTermTaskOngoing);
  }
}

/** Replaces a task's co-operating units. */
export async function setCoUnits(
  tx: Executor,
  taskId: number,
  coUnitIds: readonly number[],
): Promise<number[]> {
  const ids = [...new Set(coUnitIds)].sort((a, b) => a - b);
  await tx.delete(taskCoUnits).where(eq(taskCoUnits.taskId, taskId));
  if (ids.length > 0) await tx.insert(taskCoUnits).values(ids.map((unitId) => ({ taskId, unitId })));
  return ids;
}

/** The task's texts; `measure` undefined means "not sent" (an edit that keeps it), null means missing. */
export function checkTaskTexts(
  v: Validator,
  texts: { ordinal?: string | null | undefined; measure?: string | null | undefined; target?: string | null },
): void {
  v.maxLength('ordinal', TASK_FIELDS.ordinal, texts.ordinal, ORDINAL_MAX);
  if (texts.measure !== undefined) {
    v.required('measure', TASK_FIELDS.measure, texts.measure);
    v.maxLength('measure', TASK_FIELDS.measure, texts.measure, MEASURE_MAX);
  }
  v.maxLength('target', TASK_FIELDS.target, texts.target, TARGET_MAX);
}

/** Writes columns of a task read (and locked) at `task.version`, bumping the version. */
export async function writeTask(
  tx: Executor,
  task: TaskWithCoUnits,
  set: Partial<Pick<TaskRow, 'status' | 'deadline'>>,
  now: Date,
): Promise<TaskWithCoUnits> {
  const row = await updateVersioned(tx, tasks, { id: task.id, version: task.version }, TASK_LABEL, {
    ...set,
    updatedAt: now,
  });
  return { ...row, coUnitIds: task.coUnitIds };
}
