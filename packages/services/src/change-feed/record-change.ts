import { type Executor, queryRows } from '@rectify/db';
import {
  type ChangeKind,
  changeKindPermission,
  type PartnerScope,
  partnerScopePermissions,
} from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Held from a change's insert to its transaction's commit: ids then commit in the order they were taken,
 * so a reader that has seen id n will never later find a smaller one.
 */
const CHANGE_ORDER_LOCK = 7_243_011;

export interface Change {
  kind: ChangeKind;
  taskId?: number | null;
  inspectionId?: number | null;
  /** Only fields partners holding the kind's scope may read. */
  data: Record<string, unknown>;
}

/**
 * Records a change in the caller's transaction, and a webhook delivery for every active subscription whose
 * client may see it (a partner's scope covers the whole ledger, so its scopes alone decide).
 */
export async function recordChange(tx: Executor, change: Change, at: Date = new Date()): Promise<number> {
  const [id] = await recordChanges(tx, [change], at);
  return id!;
}

/**
 * Records changes in order, with their webhook deliveries, in one statement (one round trip) that may carry
 * another write alongside (`with`, e.g. the audit event the changes derive from). The change-order lock is
 * taken before the changes draw their ids.
 */
export async function recordChanges(
  tx: Executor,
  changes: readonly Change[],
  at: Date,
  alongside?: SQL,
): Promise<number[]> {
  const rows = changes.map(
    (change, n) =>
      sql`(${n}::int, ${change.kind}::change_kind, ${change.taskId ?? null}::int, ${inspectionOf(change)}, ${JSON.stringify(change.data)}::jsonb)`,
  );
  const grants = [...new Set(changes.map((change) => change.kind))].map(
    (kind) => sql`(${kind}::change_kind, ${`{${scopesGranting(kind).join(',')}}`}::partner_scope[])`,
  );
  const ids = await queryRows<{ id: string }>(
    tx,
    sql`with ${alongside ? sql`alongside as (${alongside}),` : sql``}
    order_lock as (select pg_advisory_xact_lock(${CHANGE_ORDER_LOCK})),
    recorded as (
      insert into change_events (kind, task_id, inspection_id, payload, at)
      select v.kind, v.task_id, v.inspection_id, v.payload, ${at.toISOString()}::timestamptz
      from order_lock, (values ${sql.join(rows, sql`, `)}) v(n, kind, task_id, inspection_id, payload)
      order by v.n
      returning id, kind),
    delivered as (
      insert into webhook_deliveries (subscription_id, change_event_id)
      select s.id, recorded.id
      from recorded join (values ${sql.join(grants, sql`, `)}) g(kind, scopes) on g.kind = recorded.kind,
        webhook_subscriptions s join api_clients c on c.id = s.api_client_id
      where s.active and c.revoked_at is null and c.expires_at > now()
        and (cardinality(s.kinds) = 0 or recorded.kind = any(s.kinds))
        and c.scopes && g.scopes)
    select id::text from recorded order by id`,
  );
  return ids.map((row) => Number(row.id));
}

/** The change's inspection: given, or its task's. */
function inspectionOf(change: Change): SQL {
  if (change.inspectionId != null) return sql`${change.inspectionId}::int`;
  if (change.taskId != null)
    return sql`(select i.inspection_id from tasks t join issues i on i.id = t.issue_id where t.id = ${change.taskId})`;
  return sql`null::int`;
}

/** The partner scopes that let a client see a kind of change. */
export function scopesGranting(kind: ChangeKind): PartnerScope[] {
  const permission = changeKindPermission[kind];
  return (Object.keys(partnerScopePermissions) as PartnerScope[]).filter((scope) =>
    (partnerScopePermissions[scope] as readonly string[]).includes(permission),
  );
}

interface TaskFacts {
  id: number;
  issueId: number;
  status: string;
  deadline: string | null;
}

/**
 * The changes an audited write makes visible to partners, derived where every write is recorded, so no use
 * case can change a task's status or deadline (or report progress) without the feed hearing of it.
 */
export function changesOfAudit(entry: {
  action: string;
  entity: string;
  before?: unknown;
  after?: unknown;
}): Change[] {
  const changes: Change[] = [];
  if (entry.entity === 'task' && isTask(entry.before) && isTask(entry.after)) {
    const { before, after } = entry;
    const task = { taskId: after.id, issueId: after.issueId };
    if (before.status !== after.status) {
      changes.push({
        kind: 'TASK_STATUS_CHANGED',
        taskId: after.id,
        data: { ...task, from: before.status, to: after.status },
      });
    }
    if (before.deadline !== after.deadline) {
      changes.push({
        kind: 'TASK_DEADLINE_CHANGED',
        taskId: after.id,
        data: { ...task, from: before.deadline, to: after.deadline },
      });
    }
  }
  if (entry.action === 'progress.report' && isProgress(entry.after)) {
    const report = entry.after;
    changes.push({
      kind: 'PROGRESS_REPORTED',
      taskId: report.taskId,
      data: {
        taskId: report.taskId,
        progressReportId: report.id,
        unitId: report.unitId,
        period: report.period,
        percent: report.percent,
      },
    });
  }
  return changes;
}

function isTask(value: unknown): value is TaskFacts {
  return value != null && typeof value === 'object' && 'status' in value && 'issueId' in value;
}

function isProgress(
  value: unknown,
): value is { id: number; taskId: number; unitId: number; period: string; percent: number } {
  return value != null && typeof value === 'object' && 'taskId' in value && 'percent' in value;
}
