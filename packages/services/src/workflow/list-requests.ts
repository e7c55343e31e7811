import type { RequestStatus, ReviewStep } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { ServiceContext } from '../kernel/context.js';
import { compact, eqFilter, inFilter } from '../read/filters.js';
import { type ListResult, type Page, readList } from '../read/read-model.js';
import type { ReadSpec } from '../read/read-spec.js';

export interface RequestFilter {
  ids?: number[] | null;
  taskId?: number | null;
  status?: RequestStatus[] | null;
  /**
   * Requests waiting for this review step: ENDORSEMENT — awaiting the leader (including closures whose task
   * changed after endorsement); APPROVAL — awaiting the office, endorsement still current.
   */
  awaiting?: ReviewStep | null;
  /** Requests on tasks this unit leads. */
  leadUnitId?: number | null;
  /** Requests on tasks this leader is responsible for. */
  leaderId?: number | null;
}

const onTask = (condition: SQL) =>
  sql`exists (select 1 from tasks ft where ft.id = r0.task_id and ${condition})`;

function commonWhere(f: RequestFilter): (SQL | null)[] {
  return [
    inFilter('id', f.ids),
    eqFilter('task_id', f.taskId),
    inFilter('status', f.status),
    f.leadUnitId == null ? null : onTask(sql`ft.lead_unit_id = ${f.leadUnitId}`),
    f.leaderId == null ? null : onTask(sql`ft.leader_id = ${f.leaderId}`),
  ];
}

const current = sql`r0.endorsed_task_version = (select ft.version from tasks ft where ft.id = r0.task_id)`;

/** Closure requests the reader may see, newest first. */
export function listClosureRequests<T>(
  ctx: ServiceContext,
  args: { filter?: RequestFilter | null; page: Page },
  spec: ReadSpec,
  options: { withTotal: boolean },
): Promise<ListResult<T>> {
  const f = args.filter ?? {};
  const awaiting =
    f.awaiting === 'ENDORSEMENT'
      ? sql`(r0.status = 'PENDING_ENDORSEMENT' or (r0.status = 'PENDING_APPROVAL' and not ${current}))`
      : f.awaiting === 'APPROVAL'
        ? sql`(r0.status = 'PENDING_APPROVAL' and ${current})`
        : null;
  return readList<T>(ctx, 'ClosureRequest', {
    where: compact([...commonWhere(f), awaiting]),
    orderBy: sql`r0.updated_at desc, r0.id`,
    page: args.page,
    spec,
    withTotal: options.withTotal,
  });
}

/** Extension requests the reader may see, newest first. */
export function listExtensionRequests<T>(
  ctx: ServiceContext,
  args: { filter?: RequestFilter | null; page: Page },
  spec: ReadSpec,
  options: { withTotal: boolean },
): Promise<ListResult<T>> {
  const f = args.filter ?? {};
  const awaiting =
    f.awaiting === 'ENDORSEMENT'
      ? sql`r0.status = 'PENDING_ENDORSEMENT'`
      : f.awaiting === 'APPROVAL'
        ? sql`r0.status = 'PENDING_APPROVAL'`
        : null;
  return readList<T>(ctx, 'ExtensionRequest', {
    where: compact([...commonWhere(f), awaiting]),
    orderBy: sql`r0.updated_at desc, r0.id`,
    page: args.page,
    spec,
    withTotal: options.withTotal,
  });
}
