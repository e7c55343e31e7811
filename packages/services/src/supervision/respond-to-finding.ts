import { findings } from '@rectify/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { conflict, invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';
import { settleToDos } from '../notifications/settle-to-dos.js';
import {
  FINDING_LABEL,
  type FindingRow,
  lockFinding,
  SUPERVISION_FIELDS,
  TEXT_MAX,
  transitionFinding,
} from './supervision-rules.js';

export interface RespondToFindingInput {
  id: number;
  response: string;
}

/**
 * The visited unit answers a finding (整改反馈). A unit answers only findings about itself; any other reads as
 * not found. The supervisor who recorded the visit (or every supervisor) is told.
 */
export const respondToFinding = defineUseCase(
  'supervision.respond',
  async (ctx, input: RespondToFindingInput): Promise<FindingRow> => {
    const { tx, actor } = ctx;
    const finding = await lockFinding(tx, input.id);
    if (!finding || actor.unitId == null || finding.unitId !== actor.unitId)
      throw notFound(FINDING_LABEL, input.id);
    const move = transitionFinding(finding.status, 'RESPOND');
    if (!move.ok) throw invalidTransition(move.reason);
    new Validator()
      .required('response', SUPERVISION_FIELDS.response, input.response)
      .maxLength('response', SUPERVISION_FIELDS.response, input.response, TEXT_MAX)
      .done();
    const now = ctx.now();
    const { unitId: _unit, visitCreatedById, ...before } = finding;
    const [row] = await tx
      .update(findings)
      .set({ status: move.to, response: input.response.trim(), respondedAt: now })
      .where(and(eq(findings.id, finding.id), eq(findings.status, finding.status)))
      .returning();
    if (!row) throw conflict(FINDING_LABEL);
    await recordAudit(tx, actor, {
      action: 'finding.respond',
      entity: 'finding',
      entityId: row.id,
      before,
      after: row,
    });
    // The finding and its overdue reminders are no longer the unit's to-do; the supervisors' turn comes.
    await settleToDos(tx, now, 'finding', row.id, ['SUPERVISION_FINDING', 'OVERDUE']);
    await notify(
      tx,
      actor,
      now,
      visitCreatedById == null ? [{ role: 'SUPERVISOR' }] : [{ userId: visitCreatedById }],
      {
        kind: 'SUPERVISION_FINDING',
        entity: 'finding',
        entityId: row.id,
        message: messages.supervision.unitRespondedFindingPleaseFollow,
      },
    );
    return row;
  },
);
