import {
  defineEnum,
  type EnumValue,
  type IsoDate,
  type IssueKind,
  type TaskStatus,
  type TaskTerm,
} from '@rectify/domain';
import type { ColumnKey, SheetError } from '@rectify/ledger-io';
import { messages } from '../messages/index.js';

export const ImportAction = defineEnum({
  CREATE: messages.spreadsheet.create,
  UPDATE: messages.spreadsheet.update,
  UNCHANGED: messages.spreadsheet.unchanged,
});
export type ImportAction = EnumValue<typeof ImportAction>;

/** What an import does to one row's record: shown in the preview, then carried out. */
export interface RowPlan {
  row: number;
  /** 序号 as written. */
  key: string;
  entity: 'ISSUE' | 'TASK';
  action: ImportAction;
  /** The columns whose values the import writes (all of them for a new record). */
  changes: ColumnKey[];
  /** Columns that differ from the ledger but that an import does not change (状态: the workflow does). */
  ignored: ColumnKey[];
}

export interface IssueWrite {
  plan: RowPlan;
  /** Set for an update. */
  id: number | null;
  version: number;
  code: string;
  /** A new issue's parent: its id when it is in the ledger, else its code (the import creates it first). */
  parentId: number | null;
  parentCode: string | null;
  kind: IssueKind;
  title: string;
  responseText: string | null;
  leadLeaderId: number | null;
  leadUnitId: number | null;
}

export interface TaskWrite {
  plan: RowPlan;
  id: number | null;
  version: number;
  /** The task's issue: its id when it is in the ledger, else its code (the import creates it first). */
  issueId: number | null;
  issueCode: string;
  position: number;
  ordinal: string;
  measure: string;
  leaderId: number | null;
  leadUnitId: number | null;
  coUnitIds: number[];
  deadline: IsoDate | null;
  term: TaskTerm;
  /** Only for a new task: the state the office's ledger records (entering an existing ledger as it stands). */
  status: TaskStatus;
  /** Which use cases an update needs. */
  texts: boolean;
  assignment: boolean;
}

export interface ImportPlan {
  inspection: { id: number; name: string };
  errors: SheetError[];
  rows: RowPlan[];
  issues: IssueWrite[];
  tasks: TaskWrite[];
}

export interface ImportSummary {
  inspection: { id: number; name: string };
  errors: SheetError[];
  rows: RowPlan[];
  creates: number;
  updates: number;
  unchanged: number;
}

/** Errors in the order of the sheet: by row, then by column; the file's own first. */
export function bySheetOrder(errors: SheetError[]): SheetError[] {
  return [...errors].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column?.letter ?? '').localeCompare(b.column?.letter ?? ''),
  );
}

/** The plan as the office sees it, with the errors its writes met besides the plan's own. */
export function summarise(plan: ImportPlan, writeErrors: SheetError[] = []): ImportSummary {
  const count = (action: ImportAction) => plan.rows.filter((r) => r.action === action).length;
  return {
    inspection: plan.inspection,
    errors: bySheetOrder([...plan.errors, ...writeErrors]),
    rows: plan.rows,
    creates: count('CREATE'),
    updates: count('UPDATE'),
    unchanged: count('UNCHANGED'),
  };
}
