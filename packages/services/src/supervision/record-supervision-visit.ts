import { supervisionGroups, supervisionVisits } from '@rectify/db';
import { type IsoDate, SupervisionMethod } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { isIsoDate, Validator } from '../kernel/validate.js';
import { checkEnum } from '../ledger/ledger-rules.js';
import { addMissing, checkUnit } from '../organisation/references.js';
import { insertFinding } from './add-finding.js';
import {
  checkFinding,
  type FindingDraft,
  SUPERVISION_FIELDS,
  SUPERVISION_GROUP_LABEL,
  TEXT_MAX,
} from './supervision-rules.js';

export interface RecordSupervisionVisitInput {
  groupId: number;
  unitId: number;
  visitDate: IsoDate;
  method: SupervisionMethod;
  summary: string;
  /** What the visit found, each with the date by which the unit must respond. */
  findings?: FindingDraft[] | null;
}

/**
 * 督查: a group's visit to a unit — when, how (interviews, ledger review, on site …), what it saw — with its
 * findings, all at once. Each finding goes to the unit's inbox.
 */
export const recordSupervisionVisit = defineUseCase(
  'supervision.write',
  async (ctx, input: RecordSupervisionVisitInput) => {
    const { tx, actor } = ctx;
    const v = new Validator()
      .required('visitDate', SUPERVISION_FIELDS.visitDate, input.visitDate)
      .isoDate('visitDate', SUPERVISION_FIELDS.visitDate, input.visitDate || null)
      .required('method', SUPERVISION_FIELDS.method, input.method)
      .required('summary', SUPERVISION_FIELDS.summary, input.summary)
      .maxLength('summary', SUPERVISION_FIELDS.summary, input.summary, TEXT_MAX);
    checkEnum(v, 'method', SUPERVISION_FIELDS.method, SupervisionMethod, input.method);
    const [group] = await tx
      .select({ id: supervisionGroups.id })
      .from(supervisionGroups)
      .where(eq(supervisionGroups.id, input.groupId));
    if (!group) addMissing(v, 'groupId', SUPERVISION_GROUP_LABEL, input.groupId);
    const before = v.errors.length;
    await checkUnit(tx, v, 'unitId', input.unitId);
    // Findings are checked against the visit only as far as the visit itself is valid.
    const known = {
      unitId: v.errors.length === before ? input.unitId : null,
      visitDate: input.visitDate && isIsoDate(input.visitDate) ? input.visitDate : null,
    };
    const drafts = input.findings ?? [];
    for (const [i, draft] of drafts.entries()) {
      await checkFinding(tx, v, draft, known, `findings.${i}.`);
    }
    v.done();

    const now = ctx.now();
    const [row] = await tx
      .insert(supervisionVisits)
      .values({
        groupId: input.groupId,
        unitId: input.unitId,
        visitDate: input.visitDate,
        method: input.method,
        summary: input.summary.trim(),
        createdById: actor.userId,
        createdAt: now,
      })
      .returning();
    const visit = row!;
    await recordAudit(tx, actor, {
      action: 'supervisionVisit.create',
      entity: 'supervisionVisit',
      entityId: visit.id,
      after: visit,
    });
    const findings = [];
    for (const draft of drafts) findings.push(await insertFinding(tx, actor, now, visit, draft));
    return { ...visit, findings };
  },
);
