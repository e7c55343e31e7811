import type { Readable } from 'node:stream';
import { type EvidenceRow, evidence } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { notFound } from '../kernel/errors.js';
import { taskInScope } from '../ledger/task-rules.js';
import type { FileStore } from './file-store.js';
import { EVIDENCE_LABEL } from './workflow-labels.js';

/**
 * An evidence file for download: whoever may read the task's progress may read its evidence. A file of a task
 * outside the reader's scope is not found, like one that does not exist.
 */
export async function openEvidence(
  ctx: ServiceContext,
  id: number,
  files: FileStore,
): Promise<{ evidence: EvidenceRow; size: number; stream: Readable }> {
  authorize(ctx.actor, 'progress.read');
  const [row] = await ctx.db.select().from(evidence).where(eq(evidence.id, id));
  if (!row || !(await taskInScope(ctx.db, ctx.actor, row.taskId))) throw notFound(EVIDENCE_LABEL, id);
  const file = await files.open(row.sha256);
  // The record exists but its bytes do not: the store was lost or moved, which is the operator's to fix.
  if (!file) throw new Error(`evidence ${id}: file ${row.sha256} is missing from the file store`);
  return { evidence: row, ...file };
}
