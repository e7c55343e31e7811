import { describeSheetError, type SheetError } from '@rectify/ledger-io';
import { recordAudit } from '../kernel/audit.js';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { invalid } from '../kernel/errors.js';
import { defineUseCase, type TxContext } from '../kernel/use-case.js';
import { applyImportPlan } from './apply-import-plan.js';
import { type ImportSummary, summarise } from './import-plan.js';
import { planLedgerImport } from './plan-ledger-import.js';

export interface LedgerImportInput {
  /** The .xlsx file's bytes. */
  content: Uint8Array;
  /** Defaults to the latest inspection. */
  inspectionId?: number | null;
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

/**
 * The import itself, which the preview runs too: plans the sheet against the ledger as it is inside the
 * transaction (it may have changed since a preview), writes every row the plan accepts through the ledger's
 * use cases, and answers the plan with every error the sheet and the use cases found. The caller decides
 * whether the transaction commits.
 */
async function runImport(ctx: TxContext, input: LedgerImportInput): Promise<ImportSummary> {
  const plan = await planLedgerImport(ctx.tx, input.content, input.inspectionId);
  const summary = summarise(plan, await applyImportPlan(ctx, plan));
  if (summary.errors.length === 0) {
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'ledger.import',
      entity: 'inspection',
      entityId: plan.inspection.id,
      after: { creates: summary.creates, updates: summary.updates, unchanged: summary.unchanged },
    });
  }
  return summary;
}

/**
 * Imports the workbook: every row, or — if any row has an error — none. Rows equal to the ledger are left
 * alone, so re-importing an exported sheet changes nothing.
 */
export const importLedgerWorkbook = defineUseCase(
  'ledger.import',
  async (ctx, input: LedgerImportInput): Promise<ImportSummary> => {
    const summary = await runImport(ctx, input);
    if (summary.errors.length > 0) throw sheetInvalid(summary.errors);
    return summary;
  },
);

/** Carries the preview's answer out of the transaction it rolls back. */
class PreviewDone {
  constructor(readonly summary: ImportSummary) {}
}

/**
 * What importing the workbook would do, row by row, and every error with its row and column. It is the
 * import itself, in a transaction that is always rolled back: a clean preview means the import succeeds
 * (on the ledger as it stands), and the two cannot drift apart.
 */
export async function previewLedgerImport(
  ctx: ServiceContext,
  input: LedgerImportInput,
): Promise<ImportSummary> {
  authorize(ctx.actor, 'ledger.import');
  try {
    await ctx.db.transaction(async (tx) => {
      throw new PreviewDone(await runImport({ ...ctx, tx }, input));
    });
  } catch (error) {
    if (error instanceof PreviewDone) return error.summary;
    throw error;
  }
  throw new Error('the preview’s transaction was not rolled back');
}
