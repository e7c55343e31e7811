import { closureRequests, extensionRequests, tasks } from '@rectify/db';
import type { RequestStatus, ReviewStep } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../kernel/context.js';
import { compact, eqFilter, inFilter } from '../read/filters.js';
import { type ListResult, type Page, readList } from '../read/read-model.js';
import type { ReadSpec } from '../read/read-spec.js';
import { type Row, rootRow } from '../read/registry-types.js';

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

// The lists' rows, as the read model selects them.
const closure = rootRow(closureRequests);
const extension = rootRow(extensionRequests);
const ft = alias(tasks, 'ft');

type RequestRow = Row<typeof closureRequests> | Row<typeof extensionRequests>;

const onTask = (r: RequestRow, condition: SQL) =>
  sql`exists (select 1 from ${tasks} ${ft} where ${ft.id} = ${r.taskId} and ${condition})`;

function commonWhere(r: RequestRow, f: RequestFilter): (SQL | null)[] {
  return [
    inFilter(r.id, f.ids),
    eqFilter(r.taskId, f.taskId),
    inFilter(r.status, f.status),
    f.leadUnitId == null ? null : onTask(r, sql`${ft.leadUnitId} = ${f.leadUnitId}`),
    f.leaderId == null ? null : onTask(r, sql`${ft.leaderId} = ${f.leaderId}`),
  ];
}

const current = sql`${closure.endorsedTaskVersion} = (select ${ft.version} from ${tasks} ${ft} where ${ft.id} = ${closure.taskId})`;

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
      ? sql`(${closure.status} = 'PENDING_ENDORSEMENT' or (${closure.status} = 'PENDING_APPROVAL' and not ${current}))`
      : f.awaiting === 'APPROVAL'
        ? sql`(${closure.status} = 'PENDING_APPROVAL' and ${current})`
        : null;
  return readList<T>(ctx, 'ClosureRequest', {
    where: compact([...commonWhere(closure, f), awaiting]),
    orderBy: sql`${closure.updatedAt} desc, ${closure.id}`,
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
      ? sql`${extension.status} = 'PENDING_ENDORSEMENT'`
      : f.awaiting === 'APPROVAL'
        ? sql`${extension.status} = 'PENDING_APPROVAL'`
        : null;
  return readList<T>(ctx, 'ExtensionRequest', {
    where: compact([...commonWhere(extension, f), awaiting]),
    orderBy: sql`${extension.updatedAt} desc, ${extension.id}`,
    page: args.page,
    spec,
    withTotal: options.withTotal,
  });
}
