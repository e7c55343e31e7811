import { type Executor, findings, supervisionVisits, taskCoUnits, tasks } from '@rectify/db';
import {
  defineEnum,
  type EnumValue,
  FindingStatus,
  type IsoDate,
  type Label,
  type LifecycleTable,
  lifecycle,
  chineseDate,
} from '@rectify/domain';
import { and, eq, or, sql } from 'drizzle-orm';
import { isIsoDate, type Validator } from '../kernel/validate.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { addMissing } from '../organisation/references.js';

export type FindingRow = typeof findings.$inferSelect;
export type SupervisionVisitRow = typeof supervisionVisits.$inferSelect;

export const SUPERVISION_GROUP_LABEL: Label = { zh: '督查组', en: 'Supervision group' };
export const SUPERVISION_VISIT_LABEL: Label = { zh: '督查', en: 'Supervision visit' };
export const FINDING_LABEL: Label = { zh: '督查发现问题', en: 'Finding' };

export const SUPERVISION_FIELDS = {
  name: { zh: '督查组名称', en: 'Group name' },
  headName: { zh: '组长', en: 'Head of the group' },
  groupId: SUPERVISION_GROUP_LABEL,
  unitId: { zh: '被督查单位', en: 'Unit visited' },
  visitDate: { zh: '督查日期', en: 'Visit date' },
  method: { zh: '督查方式', en: 'Method' },
  summary: { zh: '督查情况', en: 'Summary' },
  text: { zh: '发现问题', en: 'Finding' },
  responseDue: { zh: '反馈时限', en: 'Response due' },
  taskId: TASK_LABEL,
  response: { zh: '整改反馈', en: 'Response' },
  outcome: { zh: '跟进结果', en: 'Follow-up outcome' },
  comment: { zh: '跟进意见', en: 'Follow-up comment' },
} satisfies Record<string, Label>;

export const TEXT_MAX = 20_000;
export const NAME_MAX = 100;

// The follow-up's outcomes are a domain enum (labels shown by the console too).

export const FindingEvent = defineEnum({
  RESPOND: { zh: '反馈', en: 'Respond' },
  CLOSE: { zh: '跟进办结', en: 'Close' },
  RETURN: { zh: '退回重新反馈', en: 'Return' },
});
export type FindingEvent = EnumValue<typeof FindingEvent>;

/** OPEN → RESPONDED → CLOSED; a response found wanting goes back to OPEN; a supervisor may close an open one. */
const findingLifecycle = {
  RESPOND: { from: ['OPEN'], to: 'RESPONDED' },
  CLOSE: { from: ['OPEN', 'RESPONDED'], to: 'CLOSED' },
  RETURN: { from: ['RESPONDED'], to: 'OPEN' },
} as const satisfies LifecycleTable<FindingStatus, FindingEvent>;

export const transitionFinding = lifecycle<FindingStatus, FindingEvent>(
  findingLifecycle,
  (s) => FindingStatus.labels[s],
  (e) => FindingEvent.labels[e],
);

export interface FindingDraft {
  text: string;
  responseDue: IsoDate;
  taskId?: number | null;
}

/**
 * A finding's text and response date (not before the visit), and its task, when named, must be one the visited
 * unit leads or co-operates on. `prefix` names the field (`findings.0.`) when several are checked at once.
 */
export async function checkFinding(
  tx: Executor,
  v: Validator,
  draft: FindingDraft,
  visit: { unitId: number | null; visitDate: IsoDate | null },
  prefix = '',
): Promise<void> {
  v.required(`${prefix}text`, SUPERVISION_FIELDS.text, draft.text)
    .maxLength(`${prefix}text`, SUPERVISION_FIELDS.text, draft.text, TEXT_MAX)
    .required(`${prefix}responseDue`, SUPERVISION_FIELDS.responseDue, draft.responseDue)
    .isoDate(`${prefix}responseDue`, SUPERVISION_FIELDS.responseDue, draft.responseDue || null);
  if (
    draft.responseDue &&
    isIsoDate(draft.responseDue) &&
    visit.visitDate &&
    draft.responseDue < visit.visitDate
  ) {
    v.add(`${prefix}responseDue`, 'BEFORE_VISIT', {
      zh: `${SUPERVISION_FIELDS.responseDue.zh}不能早于督查日期${chineseDate(visit.visitDate)}`,
      en: `${SUPERVISION_FIELDS.responseDue.en} cannot be before the visit (${visit.visitDate})`,
    });
  }
  if (draft.taskId == null) return;
  const [task] = await tx
    .select({ id: tasks.id, leadUnitId: tasks.leadUnitId })
    .from(tasks)
    .where(eq(tasks.id, draft.taskId));
  if (!task) return addMissing(v, `${prefix}taskId`, TASK_LABEL, draft.taskId);
  if (visit.unitId == null) return;
  const [related] = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(
      and(
        eq(tasks.id, draft.taskId),
        or(
          eq(tasks.leadUnitId, visit.unitId),
          sql`exists (select 1 from ${taskCoUnits} where ${taskCoUnits.taskId} = ${tasks.id} and ${taskCoUnits.unitId} = ${visit.unitId})`,
        ),
      ),
    );
  if (!related) {
    v.add(`${prefix}taskId`, 'NOT_OF_UNIT', {
      zh: `${TASK_LABEL.zh}（${draft.taskId}）不由被督查单位牵头或配合`,
      en: `task ${draft.taskId} is neither led nor co-operated on by the unit visited`,
    });
  }
}

/** The finding with its visit's unit, locked for the transaction. */
export async function lockFinding(
  tx: Executor,
  id: number,
): Promise<(FindingRow & { unitId: number; visitCreatedById: number | null }) | null> {
  const [row] = await tx
    .select({
      finding: findings,
      unitId: supervisionVisits.unitId,
      visitCreatedById: supervisionVisits.createdById,
    })
    .from(findings)
    .innerJoin(supervisionVisits, eq(supervisionVisits.id, findings.visitId))
    .where(eq(findings.id, id))
    .for('update', { of: findings });
  return row ? { ...row.finding, unitId: row.unitId, visitCreatedById: row.visitCreatedById } : null;
}
