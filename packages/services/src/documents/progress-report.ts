import { inspections, issues, progressReports, tasks } from '@rectify/db';
import { ReportFormat, summariseLedger } from '@rectify/domain';
import {
  type ReportIssue,
  type ReportModel,
  renderReportDocx,
  renderReportHtml,
  renderReportMarkdown,
  reportTitle,
} from '@rectify/ledger-io';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { notFound } from '../kernel/errors.js';
import { INSPECTION_LABEL } from '../ledger/ledger-labels.js';

/**
 * The public progress report's content, from the ledger of one inspection as it stands today: the issue tree
 * in ledger order, each task's status and latest progress, and the figures as the domain computes them.
 */
export async function buildProgressReport(
  ctx: ServiceContext,
  input: { inspectionId: number },
): Promise<ReportModel> {
  authorize(ctx.actor, 'report.generate');
  const [inspection] = await ctx.db.select().from(inspections).where(eq(inspections.id, input.inspectionId));
  if (!inspection) throw notFound(INSPECTION_LABEL, input.inspectionId, 'inspectionId');
  const issueRows = await ctx.db
    .select()
    .from(issues)
    .where(eq(issues.inspectionId, inspection.id))
    .orderBy(asc(issues.sortKey));
  const issueIds = issueRows.map((i) => i.id);
  const taskRows =
    issueIds.length === 0
      ? []
      : await ctx.db
          .select()
          .from(tasks)
          .where(inArray(tasks.issueId, issueIds))
          .orderBy(asc(tasks.issueId), asc(tasks.position));
  const taskIds = taskRows.map((t) => t.id);
  // The latest report of each task: the rows come newest first, the first one per task is kept.
  const latest = new Map<number, { percent: number; text: string }>();
  if (taskIds.length > 0) {
    const reports = await ctx.db
      .select({
        taskId: progressReports.taskId,
        percent: progressReports.percent,
        text: progressReports.text,
      })
      .from(progressReports)
      .where(inArray(progressReports.taskId, taskIds))
      .orderBy(desc(progressReports.reportedAt), desc(progressReports.id));
    for (const report of reports) if (!latest.has(report.taskId)) latest.set(report.taskId, report);
  }

  const today = todayOf(ctx);
  const { issues: issueFigures, tasks: taskFigures } = summariseLedger(taskRows, today);
  const nodes = new Map<number, ReportIssue>();
  const roots: ReportIssue[] = [];
  for (const row of issueRows) {
    const node: ReportIssue = {
      code: row.code,
      title: row.title,
      responseText: row.responseText,
      children: [],
      tasks: [],
    };
    nodes.set(row.id, node);
    // Rows come in tree order (sort key), so a parent is always met before its children.
    const parent = row.parentId == null ? undefined : nodes.get(row.parentId);
    (parent?.children ?? roots).push(node);
  }
  for (const task of taskRows) {
    const report = latest.get(task.id);
    nodes.get(task.issueId)?.tasks.push({
      measure: task.measure,
      status: task.status,
      percent: report?.percent ?? null,
      progress: report?.text ?? null,
    });
  }
  const inspecting = {
    inspectionKind: inspection.kind,
    inspectingBody: inspection.inspectingBody,
    inspectedOrganisation: inspection.inspectedOrganisation,
  };
  return {
    title: reportTitle(inspecting),
    ...inspecting,
    asOf: today,
    figures: { issues: issueFigures, tasks: taskFigures },
    issues: roots,
  };
}

export interface ReportFile {
  filename: string;
  mimeType: string;
  content: Uint8Array | string;
}

const FORMATS: Record<ReportFormat, { extension: string; mimeType: string }> = {
  DOCX: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  MARKDOWN: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  HTML: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
};

/** The progress report of an inspection as a file: 整改进展情况通报-2018-11-26.docx. */
export async function generateProgressReport(
  ctx: ServiceContext,
  input: { inspectionId: number; format: ReportFormat },
): Promise<ReportFile> {
  const model = await buildProgressReport(ctx, input);
  const { extension, mimeType } = FORMATS[input.format];
  const content =
    input.format === 'DOCX'
      ? await renderReportDocx(model)
      : input.format === 'HTML'
        ? renderReportHtml(model)
        : renderReportMarkdown(model);
  return { filename: `整改进展情况通报-${model.asOf}.${extension}`, mimeType, content };
}
