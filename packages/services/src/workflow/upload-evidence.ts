import { type EvidenceRow, type Executor, evidence, progressReports } from '@rectify/db';
import { type Actor, actsForTaskAsUnit } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { writeTask } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import {
  checkDeclaredSize,
  checkEvidenceFile,
  normaliseContentType,
  normaliseFileName,
} from './evidence-rules.js';
import { type FileStore, sha256Of } from './file-store.js';
import { EVIDENCE_FIELDS } from './workflow-labels.js';
import { lockedTaskInScope, notLeadUnit } from './workflow-rules.js';

export interface UploadEvidenceInput {
  taskId: number;
  /** The progress report the file supports, when it supports one (it must be a report on the same task). */
  progressReportId?: number | null;
  fileName: string;
  contentType: string;
  content: Uint8Array;
  /** Where the bytes go. */
  files: FileStore;
}

/**
 * What an upload is checked against before its body is read: the caller's permission, the task (in scope, led
 * by the caller's unit, not closed) and the declared size. The HTTP edge calls it first, so that nobody makes
 * the server read a body it would refuse; uploadEvidence checks the same again with the content.
 */
export const checkEvidenceUpload = defineUseCase(
  'evidence.upload',
  async (ctx, input: { taskId: number; size: number }): Promise<void> => {
    await uploadableTask(ctx.tx, ctx.actor, input.taskId);
    const v = new Validator();
    checkDeclaredSize(v, input.size);
    v.done();
  },
);

async function uploadableTask(tx: Executor, actor: Actor, taskId: number) {
  const task = await lockedTaskInScope(tx, actor, taskId);
  if (!task) throw notFound(TASK_LABEL, taskId, 'taskId');
  if (!actsForTaskAsUnit(actor, task)) throw notLeadUnit(messages.workflow.uploadEvidence);
  if (task.status === 'CLOSED') {
    throw invalidTransition(messages.workflow.taskClosedEvidenceCanNo, 'taskId');
  }
  return task;
}

export interface UploadEvidenceResult {
  evidence: EvidenceRow;
  /** False when the task already held a file of the same content: that record is returned, nothing is added. */
  created: boolean;
}

/**
 * The lead unit adds an evidence file (佐证材料) to a task. The file is stored by its sha256 and never replaced;
 * the same content sent again for the same task is the same file. A new file changes the task's dossier, so the
 * task's version moves: a closure endorsed before it needs endorsing again.
 */
export const uploadEvidence = defineUseCase(
  'evidence.upload',
  async (ctx, input: UploadEvidenceInput): Promise<UploadEvidenceResult> => {
    const { tx, actor } = ctx;
    const task = await uploadableTask(tx, actor, input.taskId);
    const file = {
      fileName: normaliseFileName(input.fileName),
      contentType: normaliseContentType(input.contentType),
      content: input.content,
    };
    const v = new Validator();
    checkEvidenceFile(v, file);
    if (input.progressReportId != null) {
      const [report] = await tx
        .select({ id: progressReports.id })
        .from(progressReports)
        .where(and(eq(progressReports.id, input.progressReportId), eq(progressReports.taskId, task.id)));
      if (!report) {
        v.add(
          'progressReportId',
          'NOT_FOUND',
          messages.workflow.notReportTask({
            progressReportIdField: EVIDENCE_FIELDS.progressReportId,
            progressReportId: input.progressReportId,
          }),
        );
      }
    }
    v.done();

    const sha256 = sha256Of(file.content);
    const [same] = await tx
      .select()
      .from(evidence)
      .where(and(eq(evidence.taskId, task.id), eq(evidence.sha256, sha256)));
    if (same) return { evidence: same, created: false };

    // The bytes are stored first: a rolled-back transaction leaves at most an unreferenced file (none with the
    // database's store, which writes in this transaction), never a record without its file.
    const stored = await input.files.put(file.content, tx);
    const now = ctx.now();
    const [row] = await tx
      .insert(evidence)
      .values({
        taskId: task.id,
        progressReportId: input.progressReportId ?? null,
        fileName: file.fileName,
        contentType: file.contentType,
        size: stored.size,
        sha256: stored.sha256,
        uploadedById: actor.userId,
        uploadedAt: now,
      })
      .returning();
    const after = await writeTask(tx, task, {}, now);
    await recordAudit(tx, actor, {
      action: 'evidence.upload',
      entity: 'evidence',
      entityId: row!.id,
      after: row,
    });
    await recordAudit(tx, actor, {
      action: 'task.addEvidence',
      entity: 'task',
      entityId: task.id,
      before: { version: task.version },
      after: { version: after.version, evidenceId: row!.id, fileName: row!.fileName },
    });
    return { evidence: row!, created: true };
  },
);
