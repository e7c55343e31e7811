import { type ProgressReportRow, progressReports } from '@rectify/db';
import { actsForTaskAsUnit, type IsoDate, transitionTask } from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound, ServiceError } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { PROGRESS_FIELDS, TASK_LABEL } from './ledger-labels.js';
import { type TaskWithCoUnits, taskInScope, writeTask } from './task-rules.js';

const TEXT_MAX = 20_000;

export interface ReportProgressInput {
  taskId: number;
  /** The first day of the period reported on. */
  period: IsoDate;
  text: string;
  /** 0–100. */
  percent: number;
}

export interface ReportProgressResult {
  progressReport: ProgressReportRow;
  /** The task, started (IN_PROGRESS) by its first report if it had not started. */
  task: TaskWithCoUnits;
}

/** Only the lead unit reports on a task; co-operating units see it and feed the lead unit instead. */
export const reportProgress = defineUseCase(
  'progress.report',
  async (ctx, input: ReportProgressInput): Promise<ReportProgressResult> => {
    const { tx, actor } = ctx;
    const task = await taskInScope(tx, actor, input.taskId);
    if (!task) throw notFound(TASK_LABEL, input.taskId, 'taskId');
    if (!actsForTaskAsUnit(actor, task)) throw notLeadUnit();
    if (task.status === 'CLOSED') {
      throw invalidTransition(messages.ledger.taskClosedProgressCanNo, 'taskId');
    }
    const v = new Validator()
      .required('period', PROGRESS_FIELDS.period, input.period)
      .isoDate('period', PROGRESS_FIELDS.period, input.period || null)
      .required('text', PROGRESS_FIELDS.text, input.text)
      .maxLength('text', PROGRESS_FIELDS.text, input.text, TEXT_MAX)
      .check(
        Number.isInteger(input.percent) && input.percent >= 0 && input.percent <= 100,
        'percent',
        'OUT_OF_RANGE',
        messages.ledger.mustWholeNumber0100({ percentField: PROGRESS_FIELDS.percent }),
      );
    v.done();

    const now = ctx.now();
    const [progressReport] = await tx
      .insert(progressReports)
      .values({
        taskId: task.id,
        unitId: actor.unitId!,
        period: input.period,
        text: input.text.trim(),
        percent: input.percent,
        reportedById: actor.userId,
        reportedAt: now,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'progress.report',
      entity: 'progressReport',
      entityId: progressReport!.id,
      after: progressReport,
    });
    if (task.status !== 'NOT_STARTED') return { progressReport: progressReport!, task };

    // The first report starts the work: the lifecycle decides the move, the task's version guards it.
    const start = transitionTask(task.status, 'START');
    if (!start.ok) throw invalidTransition(start.reason);
    const started = await writeTask(tx, task, { status: start.to }, now);
    await recordAudit(tx, actor, {
      action: 'task.start',
      entity: 'task',
      entityId: task.id,
      before: task,
      after: started,
    });
    return { progressReport: progressReport!, task: started };
  },
);

function notLeadUnit(): ServiceError {
  const message = messages.ledger.onlyLeadUnitReportsProgress;
  return new ServiceError('FORBIDDEN', message, [{ field: 'taskId', code: 'NOT_LEAD_UNIT', message }]);
}
