import {
  issueStatusOf,
  IssueStatus,
  type IsoDate,
  type TaskStatus,
  type TaskTerm,
  TaskStatus as TaskStatuses,
} from '@rectify/domain';
import {
  LedgerSheetKind,
  type SheetRow,
  taskKey,
  writeLedgerWorkbook,
  XLSX_MIME_TYPE,
} from '@rectify/ledger-io';
import { authorize } from '../kernel/authorize.js';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { listIssues } from '../read/list-issues.js';
import { listTasks } from '../read/list-tasks.js';
import { PAGE_SIZE, type ListResult, type Page } from '../read/read-model.js';
import { readSpec } from '../read/read-spec.js';
import { getWarningSettings } from '../settings/warning-settings.js';
import { sheetInspection } from './sheet-inspection.js';

export interface ExportLedgerInput {
  kind: LedgerSheetKind;
  /** Defaults to the latest inspection. */
  inspectionId?: number | null;
}

export interface ExportedWorkbook {
  filename: string;
  mimeType: string;
  content: Uint8Array;
  rowCount: number;
}

interface Named {
  name: string;
}

interface IssueNode {
  id: number;
  code: string;
  title: string;
  responseText: string | null;
  subtreeTasks: [TaskStatus, string | null][];
  leadLeader: Named | null;
  leadUnit: Named | null;
}

interface TaskNode {
  issueId: number;
  ordinal: string;
  position: number;
  measure: string;
  deadline: IsoDate | null;
  term: TaskTerm;
  status: TaskStatus;
  leader: Named | null;
  leadUnit: Named | null;
  coUnits: Named[];
  latestProgress: { period: string; percent: number; text: string } | null;
}

const named = ['name'];
const ISSUE_SPEC = readSpec(['id', 'code', 'title', 'responseText', 'subtreeTasks'], {
  leadLeader: readSpec(named),
  leadUnit: readSpec(named),
});
const TASK_SPEC = readSpec(['issueId', 'ordinal', 'position', 'measure', 'deadline', 'term', 'status'], {
  leader: readSpec(named),
  leadUnit: readSpec(named),
  coUnits: readSpec(named),
  latestProgress: readSpec(['period', 'percent', 'text']),
});

/** Every page of a list: the read model bounds a page, an export wants the whole (scoped) list. */
async function all<T>(read: (page: Page) => Promise<ListResult<T>>): Promise<T[]> {
  const nodes: T[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE.max) {
    const page = await read({ first: PAGE_SIZE.max, offset });
    nodes.push(...page.nodes);
    if (page.nodes.length < PAGE_SIZE.max) return nodes;
  }
}

function issueRow(issue: IssueNode): SheetRow {
  const statuses = issue.subtreeTasks.map(([status]) => status);
  const closed = statuses.filter((s) => s === 'CLOSED').length;
  return {
    key: issue.code,
    level: 'issue',
    problem: issue.title,
    measure: issue.responseText ?? '',
    leader: issue.leadLeader?.name ?? '',
    units: issue.leadUnit ? [issue.leadUnit.name] : [],
    deadline: null,
    term: null,
    progress: statuses.length ? `已销号 ${closed}/${statuses.length} 项` : '',
    status: statuses.length ? IssueStatus.label(issueStatusOf(statuses)) : '',
  };
}

function taskRow(task: TaskNode, issue: IssueNode, withProblem: boolean): SheetRow {
  const progress = task.latestProgress;
  return {
    key: taskKey(issue.code, task.position),
    level: 'task',
    problem: withProblem ? issue.title : '',
    measure: `${task.ordinal}${task.measure}`,
    leader: task.leader?.name ?? '',
    units: [task.leadUnit, ...task.coUnits].filter((u): u is Named => u != null).map((u) => u.name),
    deadline: task.deadline,
    term: task.term,
    progress: progress ? `${progress.period} 完成${progress.percent}%:${progress.text}` : '',
    status: TaskStatuses.label(task.status),
  };
}

/**
 * The problem list, the task list or the ledger of one inspection, as an .xlsx file in the office's layout.
 * The read model scopes it: a unit exports the tasks it leads or co-operates on, a leader those it leads.
 */
export async function exportLedgerWorkbook(
  ctx: ServiceContext,
  input: ExportLedgerInput,
): Promise<ExportedWorkbook> {
  authorize(ctx.actor, 'ledger.export');
  const inspection = await sheetInspection(ctx.db, input.inspectionId);
  const filter = { inspectionId: inspection.id };
  // Task rows need their issue's code for their key, so the issues are read for every kind.
  const issues = await all((page) =>
    listIssues<IssueNode>(ctx, { filter, page }, ISSUE_SPEC, { withTotal: false }),
  );
  const warnings = await getWarningSettings(ctx.db);
  const tasks =
    input.kind === 'PROBLEMS'
      ? []
      : await all((page) =>
          listTasks<TaskNode>(ctx, { filter, page }, TASK_SPEC, { withTotal: false, warnings }),
        );
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  let rows: SheetRow[];
  if (input.kind === 'PROBLEMS') rows = issues.map(issueRow);
  else if (input.kind === 'TASKS')
    rows = tasks.map((task) => taskRow(task, issueById.get(task.issueId)!, true));
  else {
    const byIssue = new Map<number, TaskNode[]>();
    for (const task of tasks) byIssue.set(task.issueId, [...(byIssue.get(task.issueId) ?? []), task]);
    rows = issues.flatMap((issue) => [
      issueRow(issue),
      ...(byIssue.get(issue.id) ?? []).map((task) => taskRow(task, issue, false)),
    ]);
  }
  const content = await writeLedgerWorkbook({ kind: input.kind, rows, createdAt: ctx.now() });
  return {
    filename: `${LedgerSheetKind.label(input.kind)}-${inspection.name}-${todayOf(ctx)}.xlsx`,
    mimeType: XLSX_MIME_TYPE,
    content,
    rowCount: rows.length,
  };
}
