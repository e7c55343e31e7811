import {
  type IsoDate,
  IssueStatus,
  issueStatusOf,
  type TaskStatus,
  TaskStatus as TaskStatuses,
  type TaskTerm,
} from '@rectify/domain';
import {
  LedgerSheetKind,
  openLedgerWorkbook,
  type SheetRow,
  taskKey,
  XLSX_MIME_TYPE,
} from '@rectify/ledger-io';
import { authorize } from '../kernel/authorize.js';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { listIssues } from '../read/list-issues.js';
import { listTasks } from '../read/list-tasks.js';
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
/** What a task row needs of its issue: the task list has no issue rows, whose status costs a subtree read. */
const TASK_ISSUE_SPEC = readSpec(['id', 'code', 'title']);
const TASK_SPEC = readSpec(['issueId', 'ordinal', 'position', 'measure', 'deadline', 'term', 'status'], {
  leader: readSpec(named),
  leadUnit: readSpec(named),
  coUnits: readSpec(named),
  latestProgress: readSpec(['period', 'percent', 'text']),
});

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
 * The tasks are read a batch at a time and written as they come (the issues, a tenth as many, are held):
 * both lists are in ledger order, so the ledger's issue rows are written as its tasks reach them.
 */
export async function exportLedgerWorkbook(
  ctx: ServiceContext,
  input: ExportLedgerInput,
): Promise<ExportedWorkbook> {
  authorize(ctx.actor, 'ledger.export');
  const inspection = await sheetInspection(ctx.db, input.inspectionId);
  const filter = { inspectionId: inspection.id };
  // Task rows need their issue's code for their key, so the issues are read for every kind.
  const issues: IssueNode[] = [];
  const issueSpec = input.kind === 'TASKS' ? TASK_ISSUE_SPEC : ISSUE_SPEC;
  await listIssues.each<IssueNode>(ctx, { filter }, issueSpec, {}, (nodes) => {
    issues.push(...nodes);
  });
  const sheet = await openLedgerWorkbook({ kind: input.kind, createdAt: ctx.now() });
  if (input.kind === 'PROBLEMS') for (const issue of issues) sheet.add(issueRow(issue));
  else {
    const place = new Map(issues.map((issue, i) => [issue.id, i]));
    let written = 0; // the ledger's issues before this index are written
    const warnings = await getWarningSettings(ctx.db);
    await listTasks.each<TaskNode>(ctx, { filter }, TASK_SPEC, { warnings }, (tasks) => {
      for (const task of tasks) {
        const at = place.get(task.issueId);
        if (at === undefined) continue; // an issue outside the caller's scope
        if (input.kind === 'TASKS') sheet.add(taskRow(task, issues[at]!, true));
        else {
          for (; written <= at; written++) sheet.add(issueRow(issues[written]!));
          sheet.add(taskRow(task, issues[at]!, false));
        }
      }
    });
    if (input.kind === 'LEDGER')
      for (; written < issues.length; written++) sheet.add(issueRow(issues[written]!));
  }
  const rowCount = sheet.rowCount;
  return {
    filename: `${LedgerSheetKind.label(input.kind)}-${inspection.name}-${todayOf(ctx)}.xlsx`,
    mimeType: XLSX_MIME_TYPE,
    content: await sheet.finish(),
    rowCount,
  };
}
