import { type Executor, type IssueRow, inspections, issues } from '@rectify/db';
import { IssueKind, type ProblemLead } from '@rectify/domain';
import { and, eq, isNull, max } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
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
    v.add('parentId', 'OTHER_INSPECTION', {
      zh: `${ISSUE_FIELDS.parentId.zh}属于另一轮巡视`,
      en: `${ISSUE_FIELDS.parentId.en} belongs to another inspection`,
    });
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
    const en = (kind: IssueKind) => IssueKind.label(kind, 'en').toLowerCase();
    v.add('kind', 'KIND_ORDER', {
      zh: `“${IssueKind.label(child)}”不能列在“${IssueKind.label(above)}”之下`,
      en: `a ${en(child)} cannot be placed under a ${en(above)}`,
    });
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
    v.check(position <= MAX_POSITION, 'position', 'OUT_OF_RANGE', {
      zh: `同一级下的问题不能超过${MAX_POSITION}个`,
      en: `at most ${MAX_POSITION} issues may share a parent`,
    });
  } else {
    const [taken] = await tx
      .select({ code: issues.code })
      .from(issues)
      .where(and(siblings, eq(issues.position, position)));
    if (taken) {
      v.add('position', 'TAKEN', {
        zh: `${ISSUE_FIELDS.position.zh}${position}已被问题“${taken.code}”占用`,
        en: `${ISSUE_FIELDS.position.en} ${position} is taken by issue "${taken.code}"`,
      });
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
