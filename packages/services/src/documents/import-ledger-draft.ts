import { inspections } from '@rectify/db';
import { IssueKind } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { type FieldError, invalid, ServiceError } from '../kernel/errors.js';
import { defineUseCase, type TxContext } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { createIssue } from '../ledger/create-issue.js';
import { createTask } from '../ledger/create-task.js';
import { mayNestUnder } from '../ledger/issue-rules.js';
import { INSPECTION_LABEL, ISSUE_FIELDS } from '../ledger/ledger-labels.js';
import { checkTaskTexts } from '../ledger/task-rules.js';
import { messages } from '../messages/index.js';
import { addMissing } from '../organisation/references.js';
import type { LedgerDraft, LedgerDraftIssue } from './ledger-draft.js';

export interface ImportLedgerDraftInput {
  inspectionId: number;
  draft: LedgerDraft;
}

export interface ImportLedgerDraftResult {
  inspectionId: number;
  issues: number;
  tasks: number;
}

/**
 * Commits a reviewed draft into an inspection: every issue and task through createIssue and createTask, in
 * this one transaction, so that a draft is taken whole or not at all. Errors name the node by its path in
 * the draft (`issues[2].children[0].tasks[1].measure`); the draft's own mistakes are all listed at once.
 */
export const importLedgerDraft = defineUseCase(
  'ledger.import',
  async (ctx, input: ImportLedgerDraftInput): Promise<ImportLedgerDraftResult> => {
    const v = new Validator();
    const [inspection] = await ctx.tx
      .select({ id: inspections.id })
      .from(inspections)
      .where(eq(inspections.id, input.inspectionId));
    if (!inspection) addMissing(v, 'inspectionId', INSPECTION_LABEL, input.inspectionId);
    const issues = input.draft?.issues ?? [];
    if (issues.length === 0) {
      v.add('issues', 'REQUIRED', messages.documents.draftHoldsNoIssues);
    }
    checkDraft(v, issues, 'issues', null, new Set());
    v.done();

    const counts = { issues: 0, tasks: 0 };
    // The use cases run inside this transaction (as savepoints) and audit each record.
    const inner = { ...ctx, db: ctx.tx };
    await createTree(inner, input.inspectionId, null, issues, 'issues', counts);
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'ledger.import',
      entity: 'inspection',
      entityId: input.inspectionId,
      after: counts,
    });
    return { inspectionId: input.inspectionId, ...counts };
  },
);

/** What can be checked without the database: texts, kinds and their nesting, codes used twice. */
function checkDraft(
  v: Validator,
  issues: LedgerDraftIssue[],
  path: string,
  parentKind: IssueKind | null,
  codes: Set<string>,
): void {
  issues.forEach((issue, i) => {
    const at = `${path}[${i}]`;
    v.required(`${at}.code`, ISSUE_FIELDS.code, issue.code);
    v.required(`${at}.title`, ISSUE_FIELDS.title, issue.title);
    if (!IssueKind.is(issue.kind)) {
      v.add(`${at}.kind`, 'INVALID', messages.documents.invalid({ kindField: ISSUE_FIELDS.kind }));
    } else if (parentKind && !mayNestUnder(issue.kind, parentKind)) {
      v.add(
        `${at}.kind`,
        'KIND_ORDER',
        messages.ledger.kindCannotBeUnder({ child: issue.kind, above: parentKind }),
      );
    }
    const code = issue.code?.trim();
    if (code) {
      if (codes.has(code)) {
        v.add(
          `${at}.code`,
          'TAKEN',
          messages.documents.usedTwiceDraft({ code, codeField: ISSUE_FIELDS.code }),
        );
      }
      codes.add(code);
    }
    (issue.tasks ?? []).forEach((task, k) => {
      const taskErrors = new Validator();
      checkTaskTexts(taskErrors, { ordinal: task.ordinal, measure: task.measure ?? null });
      for (const e of taskErrors.errors) v.errors.push({ ...e, field: `${at}.tasks[${k}].${e.field}` });
    });
    checkDraft(
      v,
      issue.children ?? [],
      `${at}.children`,
      IssueKind.is(issue.kind) ? issue.kind : null,
      codes,
    );
  });
}

async function createTree(
  ctx: TxContext,
  inspectionId: number,
  parentId: number | null,
  issues: LedgerDraftIssue[],
  path: string,
  counts: { issues: number; tasks: number },
): Promise<void> {
  for (const [i, node] of issues.entries()) {
    const at = `${path}[${i}]`;
    const issue = await inDraft(at, () =>
      createIssue(ctx, {
        inspectionId,
        parentId,
        kind: node.kind,
        code: node.code,
        title: node.title,
        titleLead: node.titleLead ?? null,
        responseText: node.responseText ?? null,
      }),
    );
    counts.issues++;
    for (const [k, task] of (node.tasks ?? []).entries()) {
      await inDraft(`${at}.tasks[${k}]`, () =>
        createTask(ctx, {
          issueId: issue.id,
          ordinal: task.ordinal ?? '',
          measure: task.measure,
          position: k + 1,
        }),
      );
      counts.tasks++;
    }
    await createTree(ctx, inspectionId, issue.id, node.children ?? [], `${at}.children`, counts);
  }
}

/** Runs a use case for one node of the draft, naming the node in the fields of its errors. */
async function inDraft<T>(path: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ServiceError) || error.code !== 'VALIDATION') throw error;
    throw invalid(error.fieldErrors.map((e: FieldError) => ({ ...e, field: `${path}.${e.field}` })));
  }
}
