import { issues } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import { checkIssueFields } from './issue-rules.js';
import { ISSUE_LABEL } from './ledger-labels.js';

/**
 * A field left undefined keeps its value; null clears an optional one. The kind and place in the tree stay:
 * moving a node would renumber its whole branch.
 */
export interface UpdateIssueInput {
  id: number;
  version: number;
  code?: string;
  title?: string;
  responseText?: string | null;
  leadLeaderId?: number | null;
  leadUnitId?: number | null;
}

export const updateIssue = defineUseCase('issue.write', async (ctx, input: UpdateIssueInput) => {
  const byId = eq(issues.id, input.id);
  const [before] = await ctx.tx.select().from(issues).where(byId);
  if (!before) throw notFound(ISSUE_LABEL, input.id);
  assertVersion(before, input.version, ISSUE_LABEL);
  const v = new Validator();
  await checkIssueFields(ctx.tx, v, input, { inspectionId: before.inspectionId, id: input.id });
  v.done();
  const after = await updateVersioned(ctx.tx, issues, { id: input.id, version: input.version }, ISSUE_LABEL, {
    code: input.code?.trim(),
    title: input.title?.trim(),
    responseText: input.responseText === undefined ? undefined : input.responseText?.trim() || null,
    leadLeaderId: input.leadLeaderId,
    leadUnitId: input.leadUnitId,
    updatedAt: ctx.now(),
  });
  await recordAudit(ctx.tx, ctx.actor, {
    action: 'issue.update',
    entity: 'issue',
    entityId: input.id,
    before,
    after,
  });
  return after;
});
