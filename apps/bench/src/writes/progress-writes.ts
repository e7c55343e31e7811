import type pg from 'pg';
import { floorWebhookFanOut, type Stored } from './write-run.js';

// Reporting progress (reportProgress), as Rectify writes it for a task already in progress: the report, its
// audit event, the change-feed event (under the change-order lock) and a webhook delivery for every
// subscription that may see it. Reporting notifies no one, and a started task is not updated.

export const PERIOD = '2026-11-30';

export const REPORT_MUTATION = `mutation Report($input: ReportProgressInput!) {
  reportProgress(input: $input) { progressReport { id } errors { message } }
}`;

/**
 * The floor's report: the same rows in one statement (one transaction). The task is read in scope (led by
 * the unit, not closed) as Rectify reads it; the lock is taken before the change event's id, as recordChange
 * takes it.
 */
export const FLOOR_REPORT = `with task as (
  select t.id, i.inspection_id from tasks t join issues i on i.id = t.issue_id
  where t.id = $1 and t.lead_unit_id = $2 and t.status <> 'CLOSED'),
order_lock as (select pg_advisory_xact_lock(7243011)),
r as (
  insert into progress_reports (task_id, unit_id, period, text, percent, reported_by_id, reported_at)
  select task.id, $2, $3, $4, $5, $6, now() from task returning *),
audit as (
  insert into audit_events (actor_user_id, action, entity, entity_id, after)
  select $6, 'progress.report', 'progressReport', r.id::text, to_jsonb(r) from r),
change as (
  insert into change_events (kind, task_id, inspection_id, payload, at)
  select 'PROGRESS_REPORTED', r.task_id, task.inspection_id,
    jsonb_build_object('taskId', r.task_id, 'progressReportId', r.id, 'unitId', r.unit_id,
      'period', r.period, 'percent', r.percent), now()
  from r, task, order_lock returning id),
${floorWebhookFanOut('PROGRESS_REPORTED', '$7')}
select r.id from r`;

/** Reports by marker (in their text), each with its audit event and change event. */
export async function checkReports(db: pg.Client, markers: string): Promise<Stored> {
  const { rows } = await db.query<{ marker: string; copies: number; audited: number }>(
    `select split_part(p.text, ' ', 1) as marker, count(*)::int as copies,
       count(*) filter (where exists (select 1 from audit_events a where a.entity = 'progressReport'
           and a.entity_id = p.id::text and a.action = 'progress.report')
         and exists (select 1 from change_events c where c.kind = 'PROGRESS_REPORTED'
           and (c.payload->>'progressReportId')::int = p.id))::int as audited
     from progress_reports p where p.text like $1 group by 1`,
    [markers],
  );
  return { copies: new Map(rows.map((r) => [r.marker, r])) };
}
