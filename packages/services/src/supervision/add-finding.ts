import { type Executor, findings, supervisionVisits, units } from '@rectify/db';
import type { Actor } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import {
  checkFinding,
  type FindingDraft,
  type FindingRow,
  SUPERVISION_VISIT_LABEL,
  type SupervisionVisitRow,
} from './supervision-rules.js';

export interface AddFindingInput extends FindingDraft {
  visitId: number;
}

/** Writes a checked finding of a visit and puts it in the visited unit's inbox. */
export async function insertFinding(
  tx: Executor,
  actor: Actor,
  now: Date,
  visit: SupervisionVisitRow,
  draft: FindingDraft,
): Promise<FindingRow> {
  const [row] = await tx
    .insert(findings)
    .values({
      visitId: visit.id,
      taskId: draft.taskId ?? null,
      text: draft.text.trim(),
      responseDue: draft.responseDue,
      status: 'OPEN',
      createdAt: now,
    })
    .returning();
  const finding = row!;
  await recordAudit(tx, actor, {
    action: 'finding.create',
    entity: 'finding',
    entityId: finding.id,
    after: finding,
  });
  const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, visit.unitId));
  await notify(tx, actor, now, [{ unitId: visit.unitId }], {
    kind: 'SUPERVISION_FINDING',
    entity: 'finding',
    entityId: finding.id,
    message: messages.supervision.visitFoundProblemRespondBy({
      visitDate: visit.visitDate,
      unitName: unit?.name ?? '',
      responseDue: finding.responseDue,
    }),
  });
  return finding;
}

/** A supervisor adds a finding to a visit: what was found, and when the unit must respond. */
export const addFinding = defineUseCase('supervision.write', async (ctx, input: AddFindingInput) => {
  const { tx, actor } = ctx;
  const [visit] = await tx.select().from(supervisionVisits).where(eq(supervisionVisits.id, input.visitId));
  if (!visit) throw notFound(SUPERVISION_VISIT_LABEL, input.visitId, 'visitId');
  const v = new Validator();
  await checkFinding(tx, v, input, visit);
  v.done();
  return insertFinding(tx, actor, ctx.now(), visit, input);
});
