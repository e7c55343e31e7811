import { issues, tasks } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, deleteVersioned } from '../kernel/versioned.js';
import { addInUse } from '../organisation/references.js';
import { ISSUE_LABEL, ISSUE_REFERRER_LABELS } from './ledger-labels.js';

export interface DeleteIssueInput {
  id: number;
  version: number;
}

/** Only a leaf with no tasks may go: a task's history must keep the issue it answers. */
export const deleteIssue = defineUseCase('issue.write', async (ctx, input: DeleteIssueInput) => {
  const { tx } = ctx;
  const byId = eq(issues.id, input.id);
  const [before] = await tx.select().from(issues).where(byId);
  if (!before) throw notFound(ISSUE_LABEL, input.id);
  assertVersion(before, input.version, ISSUE_LABEL);
  const v = new Validator();
  addInUse(v, ISSUE_LABEL, [
    { label: ISSUE_REFERRER_LABELS.children, count: await tx.$count(issues, eq(issues.parentId, input.id)) },
    { label: ISSUE_REFERRER_LABELS.tasks, count: await tx.$count(tasks, eq(tasks.issueId, input.id)) },
  ]);
  v.done();
  const deleted = await deleteVersioned(tx, issues, { id: input.id, version: input.version }, ISSUE_LABEL);
  await recordAudit(tx, ctx.actor, {
    action: 'issue.delete',
    entity: 'issue',
    entityId: input.id,
    before: deleted,
  });
  return deleted;
});
