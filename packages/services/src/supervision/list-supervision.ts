import type { FindingStatus, IsoDate } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { compact, eqFilter, inFilter, rangeFilter } from '../read/filters.js';
import { type ListResult, type Page, readList } from '../read/read-model.js';
import type { ReadSpec } from '../read/read-spec.js';

type Options = { withTotal: boolean };

export function listSupervisionGroups<T>(ctx: ServiceContext, page: Page, spec: ReadSpec, options: Options) {
  return readList<T>(ctx, 'SupervisionGroup', {
    where: [],
    orderBy: sql`r0.name, r0.id`,
    page,
    spec,
    ...options,
  });
}

export interface SupervisionVisitFilter {
  groupId?: number | null;
  unitId?: number | null;
  from?: IsoDate | null;
  to?: IsoDate | null;
}

/** Visits, newest first. */
export function listSupervisionVisits<T>(
  ctx: ServiceContext,
  args: { filter?: SupervisionVisitFilter | null; page: Page },
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> {
  const f = args.filter ?? {};
  return readList<T>(ctx, 'SupervisionVisit', {
    where: compact([
      eqFilter('group_id', f.groupId),
      eqFilter('unit_id', f.unitId),
      ...rangeFilter('visit_date', f.from, f.to),
    ]),
    orderBy: sql`r0.visit_date desc, r0.id`,
    page: args.page,
    spec,
    ...options,
  });
}

export interface FindingFilter {
  visitId?: number | null;
  unitId?: number | null;
  status?: FindingStatus[] | null;
  /** Still open past the response date. */
  overdue?: boolean | null;
}

function findingWhere(ctx: ServiceContext, f: FindingFilter): SQL[] {
  const overdue = sql`(r0.status = 'OPEN' and r0.response_due < ${todayOf(ctx)})`;
  return compact([
    eqFilter('visit_id', f.visitId),
    f.unitId == null
      ? null
      : sql`exists (select 1 from supervision_visits fv where fv.id = r0.visit_id and fv.unit_id = ${f.unitId})`,
    inFilter('status', f.status),
    f.overdue == null ? null : f.overdue ? overdue : sql`not ${overdue}`,
  ]);
}

/** Findings, soonest response date first. */
export function listFindings<T>(
  ctx: ServiceContext,
  args: { filter?: FindingFilter | null; page: Page },
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> {
  return readList<T>(ctx, 'Finding', {
    where: findingWhere(ctx, args.filter ?? {}),
    orderBy: sql`r0.response_due, r0.id`,
    page: args.page,
    spec,
    ...options,
  });
}

/** The findings about the reader's own unit (a UNIT's view), soonest response date first. */
export function listUnitFindings<T>(
  ctx: ServiceContext,
  args: { filter?: Omit<FindingFilter, 'unitId' | 'visitId'> | null; page: Page },
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> {
  return readList<T>(ctx, 'UnitFinding', {
    where: findingWhere(ctx, args.filter ?? {}),
    orderBy: sql`r0.response_due, r0.id`,
    page: args.page,
    spec,
    ...options,
  });
}
