import { clueCases, type Executor, inspections, issues, progressReports, tasks } from '@rectify/db';
import type { ReportSource, ReportSourceIssue } from '@rectify/domain';
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { notFound } from '../kernel/errors.js';
import { INSPECTION_LABEL } from '../ledger/ledger-labels.js';

/**
 * What a 通报 of an inspection is drafted from, as of a day: the issue tree in ledger order with each task's
 * latest progress reported by the end of that day (China time), and the petitions and clues the inspection
 * team transferred that were received by then. Statuses are the ledger's current ones (it keeps no history of
 * them), which is what a report drafted on its 截至 day states.
 */
export async function loadReportSource(
  db: Executor,
  inspectionId: number,
  asOf: string,
): Promise<ReportSource> {
  const [inspection] = await db.select().from(inspections).where(eq(inspections.id, inspectionId));
  if (!inspection) throw notFound(INSPECTION_LABEL, inspectionId, 'inspectionId');
  const issueRows = await db
    .select()
    .from(issues)
    .where(eq(issues.inspectionId, inspectionId))
    .orderBy(asc(issues.sortKey));
  const issueIds = issueRows.map((i) => i.id);
  const taskRows =
    issueIds.length === 0
      ? []
      : await db
          .select()
          .from(tasks)
          .where(inArray(tasks.issueId, issueIds))
          .orderBy(asc(tasks.issueId), asc(tasks.position));
  const taskIds = taskRows.map((t) => t.id);
  const endOfDay = sql`(${asOf}::date + 1)::timestamp at time zone 'Asia/Shanghai'`;
  const latest = new Map<number, string>();
  if (taskIds.length > 0) {
    const reports = await db
      .select({ taskId: progressReports.taskId, text: progressReports.text })
      .from(progressReports)
      .where(and(inArray(progressReports.taskId, taskIds), sql`${progressReports.reportedAt} < ${endOfDay}`))
      .orderBy(desc(progressReports.reportedAt), desc(progressReports.id));
    for (const report of reports) if (!latest.has(report.taskId)) latest.set(report.taskId, report.text);
  }
  const nodes = new Map<number, ReportSourceIssue>();
  const roots: ReportSourceIssue[] = [];
  for (const row of issueRows) {
    const node: ReportSourceIssue = {
      id: row.id,
      code: row.code,
      title: row.title,
      titleLead: row.titleLead,
      responseText: row.responseText,
      tasks: [],
      children: [],
    };
    nodes.set(row.id, node);
    // Rows come in tree order (sort key), so a parent is always met before its children.
    const parent = row.parentId == null ? undefined : nodes.get(row.parentId);
    (parent?.children ?? roots).push(node);
  }
  for (const task of taskRows) {
    nodes.get(task.issueId)?.tasks.push({
      status: task.status,
      deadline: task.deadline,
      measure: task.measure,
      progress: latest.get(task.id) ?? null,
    });
  }
  const clues = await db
    .select({
      kind: clueCases.kind,
      status: clueCases.status,
      outcome: clueCases.outcome,
      duplicateOfId: clueCases.duplicateOfId,
    })
    .from(clueCases)
    .where(
      and(
        eq(clueCases.inspectionId, inspectionId),
        eq(clueCases.source, 'INSPECTION_TRANSFER'),
        lte(clueCases.receivedDate, asOf),
      ),
    );
  return {
    inspection: {
      kind: inspection.kind,
      inspectingBody: inspection.inspectingBody,
      inspectedOrganisation: inspection.inspectedOrganisation,
      onSiteFrom: inspection.onSiteFrom,
      onSiteTo: inspection.onSiteTo,
      feedbackDate: inspection.feedbackDate,
    },
    asOf,
    issues: roots,
    clues,
  };
}
