import { type SheetError, describeSheetError } from '@rectify/ledger-io';
import { authorize } from '../kernel/authorize.js';
import { recordAudit } from '../kernel/audit.js';
import type { ServiceContext } from '../kernel/context.js';
import { invalid } from '../kernel/errors.js';
import { defineUseCase, type TxContext } from '../kernel/use-case.js';
import { assignTask } from '../ledger/assign-task.js';
import { createIssue } from '../ledger/create-issue.js';
import { createTask } from '../ledger/create-task.js';
import { updateIssue } from '../ledger/update-issue.js';
import { updateTask } from '../ledger/update-task.js';
import type { ImportPlan, ImportSummary } from './import-plan.js';
import { summarise } from './import-plan.js';
import { planLedgerImport } from './plan-ledger-import.js';

export interface LedgerImportInput {
  /** The .xlsx file's bytes. */
  content: Uint8Array;
  /** Defaults to the latest inspection. */
  inspectionId?: number | null;
}

/**
 * What importing the workbook would do, row by row, and every error with its row and column. Nothing is
 * written: the office checks this before it confirms.
 */
export async function previewLedgerImport(
  ctx: ServiceContext,
  input: LedgerImportInput,
): Promise<ImportSummary> {
  authorize(ctx.actor, 'ledger.import');
  return summarise(await planLedgerImport(ctx.db, input.content, input.inspectionId));
}

/** The sheet's errors as a validation error: each names its cell (“F12”) and says what is wrong there. */
function sheetInvalid(errors: SheetError[]) {
  return invalid(
    errors.map((e) => ({
      field: e.row == null ? 'file' : `${e.column?.letter ?? ''}${e.row}`,
      code: e.code,
      message: describeSheetError(e),
    })),
  );
}

/** Carries the plan out through the ledger's own use cases, as savepoints of the import's one transaction. */
async function apply(ctx: TxContext, plan: ImportPlan): Promise<void> {
  const inner: ServiceContext = { ...ctx, db: ctx.tx };
  const issueIds = new Map<string, number>();
  for (const w of plan.issues) {
    const fields = {
      title: w.title,
      responseText: w.responseText,
      leadLeaderId: w.leadLeaderId,
      leadUnitId: w.leadUnitId,
    };
    if (w.id != null) {
      await updateIssue(inner, { id: w.id, version: w.version, ...fields });
      continue;
    }
    const parentId = w.parentId ?? (w.parentCode == null ? null : idOf(issueIds, w.parentCode));
    const created = await createIssue(inner, {
      inspectionId: plan.inspection.id,
      parentId,
      kind: w.kind,
      code: w.code,
      ...fields,
    });
    issueIds.set(w.code, created.id);
  }
  for (const w of plan.tasks) {
    if (w.id == null) {
      const issueId = w.issueId ?? idOf(issueIds, w.issueCode);
      const { ordinal, measure, leaderId, leadUnitId, coUnitIds, deadline, term, status, position } = w;
      await createTask(inner, {
        issueId,
        ordinal,
        measure,
        leaderId,
        leadUnitId,
        coUnitIds,
        deadline,
        term,
        status,
        position,
      });
      continue;
    }
    let version = w.version;
    if (w.texts) {
      const { ordinal, measure, deadline, term } = w;
      version = (await updateTask(inner, { id: w.id, version, ordinal, measure, deadline, term })).version;
    }
    if (w.assignment) {
      const { leaderId, leadUnitId, coUnitIds } = w;
      await assignTask(inner, { id: w.id, version, leaderId, leadUnitId, coUnitIds });
    }
  }
}

/** The id of an issue this import created (planned parents and issues come first, so it is there). */
function idOf(created: Map<string, number>, code: string): number {
  const id = created.get(code);
  if (id == null) throw new Error(`issue ${code} was planned but not created`);
  return id;
}

/**
 * Imports the workbook: plans it again inside the transaction (the ledger may have changed since the
 * preview), refuses it whole if any row has an error, else writes every row or — if any write fails — none.
 * Rows equal to the ledger are left alone, so re-importing an exported sheet changes nothing.
 */
export const importLedgerWorkbook = defineUseCase(
  'ledger.import',
  async (ctx, input: LedgerImportInput): Promise<ImportSummary> => {
    const plan = await planLedgerImport(ctx.tx, input.content, input.inspectionId);
    if (plan.errors.length > 0) throw sheetInvalid(plan.errors);
    await apply(ctx, plan);
    const summary = summarise(plan);
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'ledger.import',
      entity: 'inspection',
      entityId: plan.inspection.id,
      after: { creates: summary.creates, updates: summary.updates, unchanged: summary.unchanged },
    });
    return summary;
  },
);
