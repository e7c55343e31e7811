import { issues, tasks } from '@rectify/db';
import { type IsoDate, TaskStatus, TaskTerm } from '@rectify/domain';
import { eq, max } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { addMissing } from '../organisation/references.js';
import { ISSUE_LABEL, TASK_FIELDS } from './ledger-labels.js';
import { checkEnum, checkPosition, MAX_POSITION, nextPosition } from './ledger-rules.js';
import {
  checkAssignment,
  checkStatusTerm,
  checkTaskTexts,
  setCoUnits,
  type TaskWithCoUnits,
} from './task-rules.js';

export interface CreateTaskInput {
  issueId: number;
  /** 一是, 二是 …; empty when the response is not enumerated. */
  ordinal?: string | null;
  measure: string;
  target?: string | null;
  leaderId?: number | null;
  leadUnitId?: number | null;
  coUnitIds?: number[] | null;
  deadline?: IsoDate | null;
  /** Defaults to BY_DEADLINE. */
  term?: TaskTerm | null;
  /** Lets the office enter an existing ledger (import, demo) as it stands; defaults to NOT_STARTED. */
  status?: TaskStatus | null;
  /** Place among the issue's tasks, 1-based; defaults to after the last one. */
  position?: number | null;
}

export const createTask = defineUseCase(
  'task.write',
  async (ctx, input: CreateTaskInput): Promise<TaskWithCoUnits> => {
    const { tx } = ctx;
    const v = new Validator();
    const [issue] = await tx.select({ id: issues.id }).from(issues).where(eq(issues.id, input.issueId));
    if (!issue) addMissing(v, 'issueId', ISSUE_LABEL, input.issueId);
    checkTaskTexts(v, { ...input, measure: input.measure ?? null });
    await checkAssignment(tx, v, input);
    v.isoDate('deadline', TASK_FIELDS.deadline, input.deadline);
    checkEnum(v, 'term', TASK_FIELDS.term, TaskTerm, input.term);
    checkEnum(v, 'status', TASK_FIELDS.status, TaskStatus, input.status);
    const term = input.term ?? 'BY_DEADLINE';
    const status = input.status ?? 'NOT_STARTED';
    checkStatusTerm(v, 'status', status, term);
    checkPosition(v, 'position', TASK_FIELDS.position, input.position);
    let position = input.position ?? null;
    if (position == null) {
      const [last] = await tx
        .select({ position: max(tasks.position) })
        .from(tasks)
        .where(eq(tasks.issueId, input.issueId));
      position = nextPosition(last?.position);
      v.check(
        position <= MAX_POSITION,
        'position',
        'OUT_OF_RANGE',
        messages.ledger.issueMayMostTasks({ max: MAX_POSITION }),
      );
    }
    v.done();

    const now = ctx.now();
    const [row] = await tx
      .insert(tasks)
      .values({
        issueId: input.issueId,
        ordinal: input.ordinal?.trim() ?? '',
        position,
        measure: input.measure.trim(),
        target: input.target?.trim() || null,
        leaderId: input.leaderId ?? null,
        leadUnitId: input.leadUnitId ?? null,
        deadline: input.deadline ?? null,
        term,
        status,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const task = { ...row!, coUnitIds: await setCoUnits(tx, row!.id, input.coUnitIds ?? []) };
    await recordAudit(tx, ctx.actor, {
      action: 'task.create',
      entity: 'task',
      entityId: task.id,
      after: task,
    });
    return task;
  },
);
