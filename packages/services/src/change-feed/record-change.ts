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
  await tx.execute(sql`select pg_advisory_xact_lock(${CHANGE_ORDER_LOCK})`);
  const inspection: SQL =
    change.inspectionId != null
      ? sql`${change.inspectionId}::int`
      : change.taskId != null
        ? sql`(select i.inspection_id from tasks t join issues i on i.id = t.issue_id where t.id = ${change.taskId})`
        : sql`null`;
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into change_events (kind, task_id, inspection_id, payload, at)
      values (${change.kind}, ${change.taskId ?? null}, ${inspection}, ${JSON.stringify(change.data)}::jsonb, ${at.toISOString()})
      returning id::text`,
  );
  const id = Number(row!.id);
  const granting = scopesGranting(change.kind);
  await tx.execute(sql`insert into webhook_deliveries (subscription_id, change_event_id)
    select s.id, ${id} from webhook_subscriptions s join api_clients c on c.id = s.api_client_id
    where s.active and c.revoked_at is null and c.expires_at > now()
      and (cardinality(s.kinds) = 0 or ${change.kind}::change_kind = any(s.kinds))
      and c.scopes && ${`{${granting.join(',')}}`}::partner_scope[]`);
  return id;
}

/** The partner scopes that let a client see a kind of change. */
function scopesGranting(kind: ChangeKind): PartnerScope[] {
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
export async function recordChangesOfAudit(
  tx: Executor,
  entry: { action: string; entity: string; before?: unknown; after?: unknown },
  at: Date,
): Promise<void> {
  if (entry.entity === 'task' && isTask(entry.before) && isTask(entry.after)) {
    const { before, after } = entry;
    const task = { taskId: after.id, issueId: after.issueId };
    if (before.status !== after.status) {
      await recordChange(
        tx,
        {
          kind: 'TASK_STATUS_CHANGED',
          taskId: after.id,
          data: { ...task, from: before.status, to: after.status },
        },
        at,
      );
    }
    if (before.deadline !== after.deadline) {
      await recordChange(
        tx,
        {
          kind: 'TASK_DEADLINE_CHANGED',
          taskId: after.id,
          data: { ...task, from: before.deadline, to: after.deadline },
        },
        at,
      );
    }
  }
  if (entry.action === 'progress.report' && isProgress(entry.after)) {
    const report = entry.after;
    await recordChange(
      tx,
      {
        kind: 'PROGRESS_REPORTED',
        taskId: report.taskId,
        data: {
          taskId: report.taskId,
          progressReportId: report.id,
          unitId: report.unitId,
          period: report.period,
          percent: report.percent,
        },
      },
      at,
    );
  }
}

function isTask(value: unknown): value is TaskFacts {
  return value != null && typeof value === 'object' && 'status' in value && 'issueId' in value;
}

function isProgress(
  value: unknown,
): value is { id: number; taskId: number; unitId: number; period: string; percent: number } {
  return value != null && typeof value === 'object' && 'taskId' in value && 'percent' in value;
}
