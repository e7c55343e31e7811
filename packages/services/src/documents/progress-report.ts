import { inspections, issues, queryRows } from '@rectify/db';
import { ReportFormat, summariseLedger, type TaskFacts } from '@rectify/domain';
import {
  type ReportIssue,
  type ReportModel,
  type ReportTask,
  renderReportDocx,
  renderReportHtml,
  renderReportMarkdown,
  reportTitle,
} from '@rectify/ledger-io';
import { asc, eq, sql } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { notFound } from '../kernel/errors.js';
import { INSPECTION_LABEL } from '../ledger/ledger-labels.js';
import { withoutJit } from '../read/without-jit.js';

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
  // Each task with its latest report, in one statement over the inspection's tasks (an index walk per task):
  // neither every report of the ledger nor a list of every task's id crosses the wire.
  const taskRows = await withoutJit(ctx.db, (tx) =>
    queryRows<TaskFacts & ReportTask & { id: number }>(
      tx,
      sql`select t.id, t.issue_id as "issueId", t.lead_unit_id as "leadUnitId", t.leader_id as "leaderId",
        t.status, t.deadline::text as deadline, t.measure, p.percent, p.text as progress
      from tasks t join issues i on i.id = t.issue_id
      left join lateral (select r.percent, r.text from progress_reports r where r.task_id = t.id
        order by r.reported_at desc nulls last, r.id desc nulls last limit 1) p on true
      where i.inspection_id = ${inspection.id}
      order by t.issue_id, t.position`,
    ),
  );

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
    nodes.get(task.issueId)?.tasks.push({
      measure: task.measure,
      status: task.status,
      percent: task.percent,
      progress: task.progress,
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
