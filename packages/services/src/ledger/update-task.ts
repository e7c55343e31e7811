import { tasks } from '@rectify/db';
import { type IsoDate, TaskTerm } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { TASK_FIELDS, TASK_LABEL } from './ledger-labels.js';
import { checkEnum, checkPosition } from './ledger-rules.js';
import { checkStatusTerm, checkTaskTexts, type TaskWithCoUnits, taskInScope } from './task-rules.js';

/**
 * A field left undefined keeps its value. Leaders and units change through assign-task; the status through
 * the workflow; the deadline may be set here only while the task has none.
 */
export interface UpdateTaskInput {
  id: number;
  version: number;
  ordinal?: string;
  measure?: string;
  target?: string | null;
  term?: TaskTerm;
  deadline?: IsoDate | null;
  position?: number;
}

export const updateTask = defineUseCase(
  'task.write',
  async (ctx, input: UpdateTaskInput): Promise<TaskWithCoUnits> => {
    const { tx } = ctx;
    const before = await taskInScope(tx, ctx.actor, input.id);
    if (!before) throw notFound(TASK_LABEL, input.id);
    assertVersion(before, input.version, TASK_LABEL);
    const v = new Validator();
    checkTaskTexts(v, input);
    checkEnum(v, 'term', TASK_FIELDS.term, TaskTerm, input.term);
    if (input.term !== undefined) checkStatusTerm(v, 'term', before.status, input.term);
    checkPosition(v, 'position', TASK_FIELDS.position, input.position);
    v.isoDate('deadline', TASK_FIELDS.deadline, input.deadline);
    // A deadline, once set, is a commitment: it moves only through an approved extension request (延期申请).
    if (input.deadline !== undefined && before.deadline != null && input.deadline !== before.deadline) {
      v.add(
        'deadline',
        'EXTENSION_REQUIRED',
        messages.ledger.deadlineAlreadyOnlyApprovedExtension({
          deadlineField: TASK_FIELDS.deadline,
          deadline: before.deadline,
        }),
      );
    }
    v.done();
    const row = await updateVersioned(tx, tasks, { id: input.id, version: input.version }, TASK_LABEL, {
      ordinal: input.ordinal?.trim(),
      measure: input.measure?.trim(),
      target: input.target === undefined ? undefined : input.target?.trim() || null,
      term: input.term,
      deadline: input.deadline,
      position: input.position,
      updatedAt: ctx.now(),
    });
    const after = { ...row, coUnitIds: before.coUnitIds };
    await recordAudit(tx, ctx.actor, {
      action: 'task.update',
      entity: 'task',
      entityId: input.id,
      before,
      after,
    });
    return after;
  },
);
