import { type Executor, type IssueRow, inspections, issues } from '@rectify/db';
import { IssueKind, type ProblemLead } from '@rectify/domain';
import { and, eq, isNull, max } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { addMissing } from '../organisation/references.js';
import { checkIssueFields, mayNestUnder, sortKeyOf } from './issue-rules.js';
import { INSPECTION_LABEL, ISSUE_FIELDS, ISSUE_LABEL } from './ledger-labels.js';
import { checkEnum, checkPosition, MAX_POSITION, nextPosition } from './ledger-rules.js';

export interface CreateIssueInput {
  inspectionId: number;
  /** Absent or null: a top-level issue (usually an AREA). */
  parentId?: number | null;
  kind: IssueKind;
  /** The numbering code as printed, e.g. `二(一)1.(3)`; unique within the inspection. */
  code: string;
  title: string;
  /** 针对 or 关于, for an item printed as 针对“…”问题; the report prints it back the same way. */
  titleLead?: ProblemLead | null;
  responseText?: string | null;
  leadLeaderId?: number | null;
  leadUnitId?: number | null;
  /** Place among its siblings, 1-based; defaults to after the last one. */
  position?: number | null;
}

/** The parent issue, which must exist in the same inspection; null for a top-level issue or a bad parent. */
async function parentOf(tx: Executor, v: Validator, input: CreateIssueInput): Promise<IssueRow | null> {
  if (input.parentId == null) return null;
  const [row] = await tx.select().from(issues).where(eq(issues.id, input.parentId));
  if (!row) {
    addMissing(v, 'parentId', ISSUE_LABEL, input.parentId);
    return null;
  }
  if (row.inspectionId !== input.inspectionId) {
    v.add(
      'parentId',
      'OTHER_INSPECTION',
      messages.ledger.belongsAnotherInspection({ parentIdField: ISSUE_FIELDS.parentId }),
    );
    return null;
  }
  return row;
}

export const createIssue = defineUseCase('issue.write', async (ctx, input: CreateIssueInput) => {
  const { tx } = ctx;
  const v = new Validator();
  const [inspection] = await tx
    .select({ id: inspections.id })
    .from(inspections)
    .where(eq(inspections.id, input.inspectionId));
  if (!inspection) addMissing(v, 'inspectionId', INSPECTION_LABEL, input.inspectionId);

  const parent = await parentOf(tx, v, input);

  v.required('kind', ISSUE_FIELDS.kind, input.kind);
  checkEnum(v, 'kind', ISSUE_FIELDS.kind, IssueKind, input.kind);
  if (parent && IssueKind.is(input.kind) && !mayNestUnder(input.kind, parent.kind)) {
    const [child, above] = [input.kind, parent.kind];
    v.add('kind', 'KIND_ORDER', messages.ledger.kindCannotBeUnder({ child, above }));
  }
  await checkIssueFields(tx, v, input, { inspectionId: inspection ? input.inspectionId : null });

  const siblings = and(
    eq(issues.inspectionId, input.inspectionId),
    input.parentId == null ? isNull(issues.parentId) : eq(issues.parentId, input.parentId),
  );
  checkPosition(v, 'position', ISSUE_FIELDS.position, input.position);
  let position = input.position ?? null;
  if (position == null) {
    const [last] = await tx
      .select({ position: max(issues.position) })
      .from(issues)
      .where(siblings);
    position = nextPosition(last?.position);
    v.check(
      position <= MAX_POSITION,
      'position',
      'OUT_OF_RANGE',
      messages.ledger.mostIssuesMayShareParent({ max: MAX_POSITION }),
    );
  } else {
    const [taken] = await tx
      .select({ code: issues.code })
      .from(issues)
      .where(and(siblings, eq(issues.position, position)));
    if (taken) {
      v.add(
        'position',
        'TAKEN',
        messages.ledger.takenIssue({ positionField: ISSUE_FIELDS.position, position, code: taken.code }),
      );
    }
  }
  v.done();

  const now = ctx.now();
  const [issue] = await tx
    .insert(issues)
    .values({
      inspectionId: input.inspectionId,
      parentId: input.parentId ?? null,
      kind: input.kind,
      code: input.code.trim(),
      position,
      sortKey: sortKeyOf(parent?.sortKey ?? null, position),
      title: input.title.trim(),
      titleLead: input.titleLead ?? null,
      responseText: input.responseText?.trim() || null,
      leadLeaderId: input.leadLeaderId ?? null,
      leadUnitId: input.leadUnitId ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await recordAudit(tx, ctx.actor, {
    action: 'issue.create',
    entity: 'issue',
    entityId: issue!.id,
    after: issue,
  });
  return issue!;
});
