import type pg from 'pg';
import { floorWebhookFanOut, type Stored } from './write-run.js';

// Approving closures (approveClosureRequest, 销号审核) of endorsed requests, as Rectify writes it: the review,
// the request approved, the reviewers' to-dos settled, the request's audit event, the task closed with its
// audit event, the change-feed event (under the change-order lock) with its webhook deliveries, and a notice
// to the lead unit's and the leader's accounts.

export const APPROVE_MUTATION = `mutation Approve($input: ReviewRequestInput!) {
  approveClosureRequest(input: $input) { closureRequest { id status } errors { message } }
}`;

export interface Endorsed {
  id: number;
  version: number;
}

/**
 * `count` endorsed closure requests awaiting the office, on tasks in progress: the task moved to
 * CLOSURE_REQUESTED (its version bumped, and endorsed at that version) and a review to-do in every office
 * account's inbox. Every lead unit and leader gets an account, so that each decision notifies someone.
 */
export async function prepareEndorsed(db: pg.Client, count: number): Promise<Endorsed[]> {
  await db.query(`insert into users (username, display_name, password_hash, role, unit_id)
    select 'bench.unit.' || u.id, u.name, '!', 'UNIT', u.id from units u
    where not exists (select 1 from users x where x.role = 'UNIT' and x.unit_id = u.id)`);
  await db.query(`insert into users (username, display_name, password_hash, role, leader_id)
    select 'bench.leader.' || l.id, l.name, '!', 'LEADER', l.id from leaders l
    where not exists (select 1 from users x where x.role = 'LEADER' and x.leader_id = l.id)`);
  const { rows } = await db.query<Endorsed>(
    `with picked as (
       select id from tasks where status = 'IN_PROGRESS' order by id desc limit $1),
     task as (
       update tasks t set status = 'CLOSURE_REQUESTED', version = t.version + 1, updated_at = now()
       from picked where t.id = picked.id returning t.id, t.version),
     request as (
       insert into closure_requests (task_id, statement, status, endorsed_task_version)
       select id, '已完成整改，佐证材料已上传。', 'PENDING_APPROVAL', version from task returning id, version),
     todo as (
       insert into notifications (user_id, kind, entity, entity_id, message)
       select u.id, 'REVIEW_REQUESTED', 'closureRequest', request.id, '{"zh":"请审核销号","en":"Please review"}'::jsonb
       from request, users u where u.role = 'OFFICE' and u.active)
     select id, version from request order by id`,
    [count],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} tasks in progress to close, ${count} wanted`);
  return rows;
}

/**
 * The floor's approval: the same rows in one statement (one transaction), the request and its task read as
 * they stood (every part of the statement sees the same snapshot), the notice worded like Rectify's.
 */
export const FLOOR_APPROVE = `with request as (
  update closure_requests set status = 'APPROVED', version = version + 1, updated_at = now()
  where id = $1 and version = $2 and status = 'PENDING_APPROVAL' returning *),
task as (
  select t.*, i.code, i.inspection_id from tasks t join issues i on i.id = t.issue_id
  where t.id = (select task_id from request) and t.status = 'CLOSURE_REQUESTED' for update of t),
review as (
  insert into reviews (closure_request_id, step, decision, comment, reviewer_id, task_status_at_decision,
    task_version_at_decision, decided_at)
  select request.id, 'APPROVAL', 'APPROVE', $3, $4, task.status, task.version, now()
  from request, task returning *),
settled as (
  update notifications set read_at = now()
  where kind = 'REVIEW_REQUESTED' and entity = 'closureRequest' and entity_id = $1 and read_at is null),
request_audit as (
  insert into audit_events (actor_user_id, action, entity, entity_id, before, after)
  select $4, 'closureRequest.approve', 'closureRequest', request.id::text,
    to_jsonb(request) || jsonb_build_object('status', 'PENDING_APPROVAL'),
    to_jsonb(request) || jsonb_build_object('review', to_jsonb(review))
  from request, review),
closed as (
  update tasks t set status = 'CLOSED', version = t.version + 1, updated_at = now()
  from task where t.id = task.id returning t.*),
task_audit as (
  insert into audit_events (actor_user_id, action, entity, entity_id, before, after)
  select $4, 'task.close', 'task', closed.id::text, to_jsonb(task), to_jsonb(closed) from task, closed),
order_lock as (select pg_advisory_xact_lock(7243011)),
change as (
  insert into change_events (kind, task_id, inspection_id, payload, at)
  select 'TASK_STATUS_CHANGED', closed.id, task.inspection_id,
    jsonb_build_object('taskId', closed.id, 'issueId', closed.issue_id, 'from', task.status, 'to', closed.status),
    now()
  from task, closed, order_lock returning id),
${floorWebhookFanOut('TASK_STATUS_CHANGED', '$5')},
notice as (
  insert into notifications (user_id, kind, entity, entity_id, message)
  select u.id, 'DECISION_MADE', 'closureRequest', request.id,
    jsonb_build_object(
      'zh', task.code || ' ' || task.ordinal || '「' || left(task.measure, 24) || '」已审核通过，予以销号',
      'en', task.code || ' ' || task.ordinal || '「' || left(task.measure, 24) || '」 is approved and closed')
  from request, task, users u
  where u.active and u.id <> $4 and ((u.role = 'UNIT' and u.unit_id = task.lead_unit_id)
    or (u.role = 'LEADER' and u.leader_id = task.leader_id)))
select request.id from request, closed`;

/** Approvals by marker (in the review's comment), each with both audit events and the task closed. */
export async function checkApprovals(db: pg.Client, markers: string): Promise<Stored> {
  const { rows } = await db.query<{ marker: string; copies: number; audited: number }>(
    `select r.comment as marker, count(*)::int as copies,
       count(*) filter (where c.status = 'APPROVED' and t.status = 'CLOSED'
         and exists (select 1 from audit_events a where a.entity = 'closureRequest'
           and a.entity_id = c.id::text and a.action = 'closureRequest.approve')
         and exists (select 1 from audit_events a where a.entity = 'task'
           and a.entity_id = t.id::text and a.action = 'task.close'))::int as audited
     from reviews r join closure_requests c on c.id = r.closure_request_id join tasks t on t.id = c.task_id
     where r.comment like $1 group by 1`,
    [markers],
  );
  return { copies: new Map(rows.map((r) => [r.marker, r])) };
}
