import { type Executor, issues, leaders, taskCoUnits, tasks, units } from '@rectify/db';
import { chineseDate, type IssueKind, TaskStatus, TaskTerm } from '@rectify/domain';
import {
  type ColumnKey,
  cellError,
  type ParsedRow,
  readLedgerWorkbook,
  type SheetError,
  taskKey,
} from '@rectify/ledger-io';
import { eq, inArray } from 'drizzle-orm';
import { MAX_POSITION } from '../ledger/ledger-rules.js';
import {
  bySheetOrder,
  type ImportPlan,
  type IssueWrite,
  type RowPlan,
  type TaskWrite,
} from './import-plan.js';
import { sheetInspection } from './sheet-inspection.js';

type IssueRecord = typeof issues.$inferSelect;
type TaskRecord = typeof tasks.$inferSelect & { coUnitIds: number[] };

/** The ledger as it stands, indexed the way the sheet refers to it: issues by code, tasks by key, people by name. */
async function ledgerOf(db: Executor, inspectionId: number) {
  const issueRows = await db.select().from(issues).where(eq(issues.inspectionId, inspectionId));
  const issueIds = issueRows.map((i) => i.id);
  const taskRows = issueIds.length
    ? await db.select().from(tasks).where(inArray(tasks.issueId, issueIds))
    : [];
  const coUnits = taskRows.length
    ? await db
        .select()
        .from(taskCoUnits)
        .where(
          inArray(
            taskCoUnits.taskId,
            taskRows.map((t) => t.id),
          ),
        )
    : [];
  const codeOf = new Map(issueRows.map((i) => [i.id, i.code]));
  const taskByKey = new Map<string, TaskRecord>();
  for (const task of taskRows) {
    const coUnitIds = coUnits
      .filter((c) => c.taskId === task.id)
      .map((c) => c.unitId)
      .sort((a, b) => a - b);
    taskByKey.set(taskKey(codeOf.get(task.issueId)!, task.position), { ...task, coUnitIds });
  }
  const leaderIds = new Map<string, number[]>();
  for (const l of await db.select({ id: leaders.id, name: leaders.name }).from(leaders))
    leaderIds.set(l.name, [...(leaderIds.get(l.name) ?? []), l.id]);
  const unitIds = new Map(
    (await db.select({ id: units.id, name: units.name }).from(units)).map((u) => [u.name, u.id] as const),
  );
  return { issueByCode: new Map(issueRows.map((i) => [i.code, i])), taskByKey, leaderIds, unitIds };
}

type Ledger = Awaited<ReturnType<typeof ledgerOf>>;

/** A new issue's parent: the longest code, in the ledger or on the sheet, that its own code starts with. */
function parentCodeOf(code: string, codes: Iterable<string>): string | null {
  let best: string | null = null;
  for (const other of codes) {
    if (other !== code && code.startsWith(other) && (best == null || other.length > best.length))
      best = other;
  }
  return best;
}

/** Area → problem → manifestation, by the parent's level (manifestations may nest). */
function kindUnder(parentKind: IssueKind | null): IssueKind {
  if (parentKind == null) return 'AREA';
  return parentKind === 'AREA' ? 'PROBLEM' : 'MANIFESTATION';
}

class Planner {
  readonly errors: SheetError[] = [];
  readonly rows: RowPlan[] = [];
  readonly issueWrites: IssueWrite[] = [];
  readonly taskWrites: TaskWrite[] = [];
  private readonly newIssueKinds = new Map<string, IssueKind>();

  constructor(private readonly ledger: Ledger) {}

  private error(row: number, column: ColumnKey, code: string, zh: string, en: string) {
    this.errors.push(cellError(row, column, code, { zh, en }));
  }

  private leaderId(row: ParsedRow): number | null | undefined {
    if (row.leader === '') return null;
    const ids = this.ledger.leaderIds.get(row.leader) ?? [];
    if (ids.length === 1) return ids[0];
    if (ids.length === 0)
      this.error(
        row.row,
        'leader',
        'UNKNOWN_LEADER',
        `没有名为“${row.leader}”的领导`,
        `no leader is named “${row.leader}”`,
      );
    else
      this.error(
        row.row,
        'leader',
        'AMBIGUOUS_LEADER',
        `有${ids.length}位领导名为“${row.leader}”，请在系统中区分后再导入`,
        `${ids.length} leaders are named “${row.leader}”; tell them apart first`,
      );
    return undefined;
  }

  /** The lead unit and the co-units, or undefined when a name is unknown (the error is recorded). */
  private unitIds(row: ParsedRow): number[] | undefined {
    const unknown = row.units.filter((name) => !this.ledger.unitIds.has(name));
    if (unknown.length) {
      this.error(
        row.row,
        'units',
        'UNKNOWN_UNIT',
        `没有名为“${unknown.join('”“')}”的单位`,
        `no unit is named “${unknown.join('”, “')}”`,
      );
      return undefined;
    }
    const ids = row.units.map((name) => this.ledger.unitIds.get(name)!);
    if (new Set(ids).size !== ids.length) {
      this.error(row.row, 'units', 'REPEATED_UNIT', '同一单位列了两次', 'a unit is listed twice');
      return undefined;
    }
    return ids;
  }

  /** Issue rows first, so that task rows find the issues the sheet adds. */
  planIssues(rows: ParsedRow[]) {
    const sheetCodes = rows.flatMap((r) => (r.key.kind === 'issue' ? [r.key.code] : []));
    const allCodes = new Set([...this.ledger.issueByCode.keys(), ...sheetCodes]);
    // Parents before children: a parent's code is a proper prefix of its child's, so it is shorter.
    const newRows = rows
      .filter((r) => r.key.kind === 'issue' && !this.ledger.issueByCode.has(r.key.code))
      .sort((a, b) => keyText(a).length - keyText(b).length);
    for (const row of newRows) {
      const code = keyText(row);
      const parentCode = parentCodeOf(code, allCodes);
      const parentKind =
        parentCode == null
          ? null
          : (this.ledger.issueByCode.get(parentCode)?.kind ?? this.newIssueKinds.get(parentCode)!);
      this.newIssueKinds.set(code, kindUnder(parentKind));
    }
    const issueRows = rows
      .filter((r) => r.key.kind === 'issue')
      .sort((a, b) => keyText(a).length - keyText(b).length);
    for (const row of issueRows) this.planIssue(row, keyText(row), allCodes);
  }

  private planIssue(row: ParsedRow, code: string, allCodes: Set<string>) {
    const leadLeaderId = this.leaderId(row);
    const unitIds = this.unitIds(row);
    if (unitIds && unitIds.length > 1)
      this.error(row.row, 'units', 'ONE_LEAD_UNIT', '反馈问题只有一个牵头单位', 'an issue has one lead unit');
    if (leadLeaderId === undefined || unitIds === undefined || unitIds.length > 1) return;
    const existing = this.ledger.issueByCode.get(code);
    const values = {
      title: row.problem,
      responseText: row.measure === '' ? null : row.measure,
      leadLeaderId,
      leadUnitId: unitIds[0] ?? null,
    };
    const changes = existing
      ? issueChanges(existing, values)
      : (['key', 'problem', 'measure', 'leader', 'units'] as ColumnKey[]);
    const plan = this.record(row, code, 'ISSUE', existing == null, changes, []);
    if (plan.action === 'UNCHANGED') return;
    const parentCode = existing ? null : parentCodeOf(code, allCodes);
    this.issueWrites.push({
      plan,
      id: existing?.id ?? null,
      version: existing?.version ?? 0,
      code,
      parentId: parentCode == null ? null : (this.ledger.issueByCode.get(parentCode)?.id ?? null),
      parentCode,
      kind: existing?.kind ?? this.newIssueKinds.get(code)!,
      ...values,
    });
  }

  planTasks(rows: ParsedRow[]) {
    for (const row of rows)
      if (row.key.kind === 'task') this.planTask(row, row.key.issueCode, row.key.position);
  }

  private planTask(row: ParsedRow, issueCode: string, position: number) {
    const key = taskKey(issueCode, position);
    if (!this.ledger.issueByCode.has(issueCode) && !this.newIssueKinds.has(issueCode)) {
      this.error(
        row.row,
        'key',
        'UNKNOWN_ISSUE',
        `没有编号为“${issueCode}”的反馈问题：请在本表中加上该问题的一行，或更正序号`,
        `no issue is numbered “${issueCode}”: add a row for it, or correct the number`,
      );
      return;
    }
    if (position < 1 || position > MAX_POSITION) {
      this.error(
        row.row,
        'key',
        'POSITION',
        `序号末尾的任务位置应在1到${MAX_POSITION}之间`,
        `the task's place must be between 1 and ${MAX_POSITION}`,
      );
      return;
    }
    const leaderId = this.leaderId(row);
    const unitIds = this.unitIds(row);
    const existing = this.ledger.taskByKey.get(key);
    const term = row.term ?? existing?.term ?? 'BY_DEADLINE';
    const status = existing?.status ?? row.status ?? 'NOT_STARTED';
    if (existing?.deadline != null && row.deadline !== existing.deadline) {
      this.error(
        row.row,
        'deadline',
        'EXTENSION_REQUIRED',
        `完成时限已确定为${chineseDate(existing.deadline)}，只能通过延期申请审批后变更`,
        `the deadline is already ${existing.deadline}; only an approved extension request can move it`,
      );
    }
    if (status === 'ONGOING' && term !== 'LONG_TERM') {
      const column: ColumnKey = existing ? 'deadline' : 'status';
      this.error(
        row.row,
        column,
        'ONGOING_NEEDS_LONG_TERM',
        `只有“${TaskTerm.label('LONG_TERM')}”的任务才能处于“${TaskStatus.label('ONGOING')}”状态`,
        'only a long-term task can be basically done and ongoing',
      );
    }
    if (leaderId === undefined || unitIds === undefined) return;
    const values = {
      ordinal: row.ordinal,
      measure: row.measure,
      leaderId,
      leadUnitId: unitIds[0] ?? null,
      coUnitIds: unitIds.slice(1).sort((a, b) => a - b),
      deadline: row.deadline ?? existing?.deadline ?? null,
      term,
    };
    const changes = existing
      ? taskChanges(existing, values)
      : (['key', 'measure', 'leader', 'units', 'deadline', 'status'] as ColumnKey[]);
    const ignored: ColumnKey[] =
      existing && row.status != null && row.status !== existing.status ? ['status'] : [];
    const plan = this.record(row, key, 'TASK', existing == null, changes, ignored);
    if (plan.action === 'UNCHANGED') return;
    this.taskWrites.push({
      plan,
      id: existing?.id ?? null,
      version: existing?.version ?? 0,
      issueId: this.ledger.issueByCode.get(issueCode)?.id ?? null,
      issueCode,
      position,
      status,
      ...values,
      texts: changes.includes('measure') || changes.includes('deadline'),
      assignment: changes.includes('leader') || changes.includes('units'),
    });
  }

  private record(
    row: ParsedRow,
    key: string,
    entity: RowPlan['entity'],
    creating: boolean,
    changes: ColumnKey[],
    ignored: ColumnKey[],
  ): RowPlan {
    const action = creating ? 'CREATE' : changes.length ? 'UPDATE' : 'UNCHANGED';
    const plan: RowPlan = { row: row.row, key, entity, action, changes, ignored };
    this.rows.push(plan);
    return plan;
  }
}

const keyText = (row: ParsedRow) =>
  row.key.kind === 'issue' ? row.key.code : taskKey(row.key.issueCode, row.key.position);

function issueChanges(
  issue: IssueRecord,
  v: { title: string; responseText: string | null; leadLeaderId: number | null; leadUnitId: number | null },
): ColumnKey[] {
  const changed: ColumnKey[] = [];
  if (issue.title !== v.title) changed.push('problem');
  if ((issue.responseText ?? null) !== v.responseText) changed.push('measure');
  if (issue.leadLeaderId !== v.leadLeaderId) changed.push('leader');
  if (issue.leadUnitId !== v.leadUnitId) changed.push('units');
  return changed;
}

function taskChanges(
  task: TaskRecord,
  v: {
    ordinal: string;
    measure: string;
    leaderId: number | null;
    leadUnitId: number | null;
    coUnitIds: number[];
    deadline: string | null;
    term: TaskTerm;
  },
): ColumnKey[] {
  const changed: ColumnKey[] = [];
  if (task.ordinal !== v.ordinal || task.measure !== v.measure) changed.push('measure');
  if (task.leaderId !== v.leaderId) changed.push('leader');
  if (task.leadUnitId !== v.leadUnitId || task.coUnitIds.join() !== v.coUnitIds.join()) changed.push('units');
  if (task.deadline !== v.deadline || task.term !== v.term) changed.push('deadline');
  return changed;
}

/**
 * Reads the workbook and works out, row by row, what an import would create, update or leave alone, and
 * every error the sheet and the ledger's references show, with its row and column. Writes nothing: the
 * use cases' own checks run when the plan is applied (apply-import-plan.ts).
 */
export async function planLedgerImport(
  db: Executor,
  bytes: Uint8Array,
  inspectionId?: number | null,
): Promise<ImportPlan> {
  const inspection = await sheetInspection(db, inspectionId);
  const sheet = await readLedgerWorkbook(bytes);
  const planner = new Planner(await ledgerOf(db, inspection.id));
  planner.planIssues(sheet.rows);
  planner.planTasks(sheet.rows);
  const errors = bySheetOrder([...sheet.errors, ...planner.errors]);
  const rows = planner.rows.sort((a, b) => a.row - b.row);
  return { inspection, errors, rows, issues: planner.issueWrites, tasks: planner.taskWrites };
}
