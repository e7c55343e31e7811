import { type Executor, findings, supervisionVisits, taskCoUnits, tasks } from '@rectify/db';
import {
  defineEnum,
  type EnumValue,
  FindingStatus,
  type IsoDate,
  type Label,
  type LifecycleTable,
  lifecycle,
} from '@rectify/domain';
import { and, eq, or, sql } from 'drizzle-orm';
import { isIsoDate, type Validator } from '../kernel/validate.js';
import { TASK_LABEL } from '../ledger/ledger-labels.js';
import { messages } from '../messages/index.js';
import { addMissing } from '../organisation/references.js';

export type FindingRow = typeof findings.$inferSelect;
export type SupervisionVisitRow = typeof supervisionVisits.$inferSelect;

export const SUPERVISION_GROUP_LABEL: Label = messages.supervision.supervisionGroup;
export const SUPERVISION_VISIT_LABEL: Label = messages.supervision.supervisionVisit;
export const FINDING_LABEL: Label = messages.supervision.finding;

export const SUPERVISION_FIELDS = {
  name: messages.supervision.groupName,
  headName: messages.supervision.headGroup,
  groupId: SUPERVISION_GROUP_LABEL,
  unitId: messages.supervision.unitVisited,
  visitDate: messages.supervision.visitDate,
  method: messages.supervision.method,
  summary: messages.supervision.summary,
  text: messages.supervision.problemFound,
  responseDue: messages.supervision.responseDue,
  taskId: TASK_LABEL,
  response: messages.supervision.response,
  outcome: messages.supervision.followUpOutcome,
  comment: messages.supervision.followUpComment,
} satisfies Record<string, Label>;

export const TEXT_MAX = 20_000;
export const NAME_MAX = 100;

// The follow-up's outcomes are a domain enum (labels shown by the console too).

export const FindingEvent = defineEnum({
  RESPOND: messages.supervision.respond,
  CLOSE: messages.supervision.close,
  RETURN: messages.supervision.return,
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
    v.add(
      `${prefix}responseDue`,
      'BEFORE_VISIT',
      messages.supervision.cannotBeforeVisit({
        responseDueField: SUPERVISION_FIELDS.responseDue,
        visitDate: visit.visitDate,
      }),
    );
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
    v.add(
      `${prefix}taskId`,
      'NOT_OF_UNIT',
      messages.supervision.taskNeitherLedNorCo({ entity: TASK_LABEL, taskId: draft.taskId }),
    );
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
