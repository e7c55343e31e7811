import { findings } from '@rectify/db';
import type { IsoDate } from '@rectify/domain';
import { FollowUpOutcome } from '@rectify/domain';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { todayOf } from '../kernel/context.js';
import { conflict, invalidTransition, notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { checkEnum } from '../ledger/ledger-rules.js';
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

export interface FollowUpFindingInput {
  id: number;
  outcome: FollowUpOutcome;
  /** Required when returning the finding: what the new response must address. */
  comment?: string | null;
  /** When returning: the new response date (today or later). */
  responseDue?: IsoDate | null;
}

/**
 * 跟进: the supervisor settles a finding (CLOSE) or returns it to the unit for a better response (RETURN, with
 * what is missing and a new response date). The comment goes to the unit's inbox and the audit log.
 */
export const followUpFinding = defineUseCase(
  'supervision.write',
  async (ctx, input: FollowUpFindingInput): Promise<FindingRow> => {
    const { tx, actor } = ctx;
    const finding = await lockFinding(tx, input.id);
    if (!finding) throw notFound(FINDING_LABEL, input.id);
    const v = new Validator().required('outcome', SUPERVISION_FIELDS.outcome, input.outcome);
    checkEnum(v, 'outcome', SUPERVISION_FIELDS.outcome, FollowUpOutcome, input.outcome);
    v.done();
    const move = transitionFinding(finding.status, input.outcome);
    if (!move.ok) throw invalidTransition(move.reason);
    const returning = input.outcome === 'RETURN';
    const today = todayOf(ctx);
    v.maxLength('comment', SUPERVISION_FIELDS.comment, input.comment, TEXT_MAX);
    if (returning) {
      v.required('comment', SUPERVISION_FIELDS.comment, input.comment)
        .required('responseDue', SUPERVISION_FIELDS.responseDue, input.responseDue)
        .isoDate('responseDue', SUPERVISION_FIELDS.responseDue, input.responseDue);
      if (input.responseDue && input.responseDue < today) {
        v.add(
          'responseDue',
          'IN_PAST',
          messages.supervision.cannotBeforeToday({
            responseDueField: SUPERVISION_FIELDS.responseDue,
            today,
          }),
        );
      }
    }
    v.done();
    const now = ctx.now();
    const { unitId, visitCreatedById: _creator, ...before } = finding;
    const [row] = await tx
      .update(findings)
      .set({ status: move.to, ...(returning && { responseDue: input.responseDue! }) })
      .where(and(eq(findings.id, finding.id), eq(findings.status, finding.status)))
      .returning();
    if (!row) throw conflict(FINDING_LABEL);
    const comment = input.comment?.trim() || null;
    await recordAudit(tx, actor, {
      action: returning ? 'finding.return' : 'finding.close',
      entity: 'finding',
      entityId: row.id,
      before,
      after: { ...row, comment },
    });
    // The response is followed up: no supervisor's to-do any more.
    await settleToDos(tx, now, 'finding', row.id, ['SUPERVISION_FINDING']);
    await notify(tx, actor, now, [{ unitId }], {
      kind: 'SUPERVISION_FINDING',
      entity: 'finding',
      entityId: row.id,
      message: returning
        ? messages.supervision.supervisorsReturnedYourResponseRespond({
            comment,
            responseDue: row.responseDue,
          })
        : messages.supervision.findingFollowedUpClosed({ comment }),
    });
    return row;
  },
);
