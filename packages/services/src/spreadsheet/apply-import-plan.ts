import type { SheetError } from '@rectify/ledger-io';
import type { ServiceContext } from '../kernel/context.js';
import type { TxContext } from '../kernel/use-case.js';
import { assignTask } from '../ledger/assign-task.js';
import { createIssue } from '../ledger/create-issue.js';
import { createTask } from '../ledger/create-task.js';
import { updateIssue } from '../ledger/update-issue.js';
import { updateTask } from '../ledger/update-task.js';
import type { ImportPlan } from './import-plan.js';
import { writeRow } from './write-errors.js';

/**
 * Carries the plan out through the ledger's own use cases, as savepoints of the import's one transaction,
 * and answers every error the use cases find, at its cell. Rows the plan already refused are not written,
 * nor are the rows below an issue that could not be created (its own error says why).
 */
export async function applyImportPlan(ctx: TxContext, plan: ImportPlan): Promise<SheetError[]> {
  const errors: SheetError[] = [];
  const refused = new Set(plan.errors.map((e) => e.row));
  const inner: ServiceContext = { ...ctx, db: ctx.tx };
  const issueIds = new Map<string, number>();
  for (const w of plan.issues) {
    if (refused.has(w.plan.row)) continue;
    const fields = {
      title: w.title,
      responseText: w.responseText,
      leadLeaderId: w.leadLeaderId,
      leadUnitId: w.leadUnitId,
    };
    if (w.id != null) {
      const { id, version } = w;
      await writeRow(errors, 'ISSUE', w.plan.row, () => updateIssue(inner, { id, version, ...fields }));
      continue;
    }
    const parentId = w.parentId ?? (w.parentCode == null ? null : issueIds.get(w.parentCode));
    if (parentId === undefined) continue;
    const created = await writeRow(errors, 'ISSUE', w.plan.row, () =>
      createIssue(inner, {
        inspectionId: plan.inspection.id,
        parentId,
        kind: w.kind,
        code: w.code,
        ...fields,
      }),
    );
    if (created) issueIds.set(w.code, created.id);
  }
  for (const w of plan.tasks) {
    const row = w.plan.row;
    if (refused.has(row)) continue;
    if (w.id == null) {
      const issueId = w.issueId ?? issueIds.get(w.issueCode);
      if (issueId === undefined) continue;
      const { ordinal, measure, leaderId, leadUnitId, coUnitIds, deadline, term, status, position } = w;
      await writeRow(errors, 'TASK', row, () =>
        createTask(inner, {
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
        }),
      );
      continue;
    }
    const id = w.id;
    // A refused update is rolled back to its savepoint, so the assignment still applies to w.version.
    let version = w.version;
    if (w.texts) {
      const { ordinal, measure, deadline, term } = w;
      const updated = await writeRow(errors, 'TASK', row, () =>
        updateTask(inner, { id, version: w.version, ordinal, measure, deadline, term }),
      );
      version = updated?.version ?? version;
    }
    if (w.assignment) {
      const { leaderId, leadUnitId, coUnitIds } = w;
      const current = version;
      await writeRow(errors, 'TASK', row, () =>
        assignTask(inner, { id, version: current, leaderId, leadUnitId, coUnitIds }),
      );
    }
  }
  return errors;
}
