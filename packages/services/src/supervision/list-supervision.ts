import { findings, supervisionGroups, supervisionVisits } from '@rectify/db';
import type { FindingStatus, IsoDate } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { compact, eqFilter, inFilter, rangeFilter } from '../read/filters.js';
import { type ListResult, type Page, readList } from '../read/read-model.js';
import type { ReadSpec } from '../read/read-spec.js';
import { rootRow } from '../read/registry-types.js';

type Options = { withTotal: boolean };

// The lists' rows, as the read model selects them.
const group = rootRow(supervisionGroups);
const visit = rootRow(supervisionVisits);
const finding = rootRow(findings);
const fv = alias(supervisionVisits, 'fv');

export function listSupervisionGroups<T>(ctx: ServiceContext, page: Page, spec: ReadSpec, options: Options) {
  return readList<T>(ctx, 'SupervisionGroup', {
    where: [],
    orderBy: sql`${group.name}, ${group.id}`,
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
      eqFilter(visit.groupId, f.groupId),
      eqFilter(visit.unitId, f.unitId),
      ...rangeFilter(visit.visitDate, f.from, f.to),
    ]),
    orderBy: sql`${visit.visitDate} desc, ${visit.id}`,
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
  const overdue = sql`(${finding.status} = 'OPEN' and ${finding.responseDue} < ${todayOf(ctx)})`;
  return compact([
    eqFilter(finding.visitId, f.visitId),
    f.unitId == null
      ? null
      : sql`exists (select 1 from ${supervisionVisits} ${fv} where ${fv.id} = ${finding.visitId} and ${fv.unitId} = ${f.unitId})`,
    inFilter(finding.status, f.status),
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
    orderBy: sql`${finding.responseDue}, ${finding.id}`,
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
    orderBy: sql`${finding.responseDue}, ${finding.id}`,
    page: args.page,
    spec,
    ...options,
  });
}
