import type { LeadingGroupRole, Role, UnitKind } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../kernel/context.js';
import {
  compact,
  eqFilter,
  inFilter,
  orderBy,
  rangeFilter,
  searchFilter,
  type SortDirection,
} from './filters.js';
import { type ListResult, type Page, readList } from './read-model.js';
import type { ReadSpec } from './read-spec.js';

// The simpler lists: each filter field maps straight to a column.

interface ListArgs<F, O extends string> {
  filter?: F | null;
  orderBy?: { field: O; direction?: SortDirection | null } | null;
  page: Page;
}
type Options = { withTotal: boolean };

export const UNIT_ORDER_FIELDS = { NAME: 'r0.name', KIND: 'r0.kind', ID: 'r0.id' } as const;
export interface UnitFilter {
  ids?: number[] | null;
  kind?: UnitKind[] | null;
  parentId?: number | null;
  search?: string | null;
}
export const listUnits = <T>(
  ctx: ServiceContext,
  args: ListArgs<UnitFilter, keyof typeof UNIT_ORDER_FIELDS>,
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> =>
  readList<T>(ctx, 'Unit', {
    where: compact([
      inFilter('id', args.filter?.ids),
      inFilter('kind', args.filter?.kind),
      eqFilter('parent_id', args.filter?.parentId),
      searchFilter(['name'], args.filter?.search),
    ]),
    orderBy: orderBy(UNIT_ORDER_FIELDS, args.orderBy?.field, args.orderBy?.direction, 'ID'),
    page: args.page,
    spec,
    ...options,
  });

export const LEADER_ORDER_FIELDS = { NAME: 'r0.name', GROUP_ROLE: 'r0.group_role', ID: 'r0.id' } as const;
export interface LeaderFilter {
  ids?: number[] | null;
  unitId?: number | null;
  groupRole?: LeadingGroupRole[] | null;
  search?: string | null;
}
export const listLeaders = <T>(
  ctx: ServiceContext,
  args: ListArgs<LeaderFilter, keyof typeof LEADER_ORDER_FIELDS>,
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> =>
  readList<T>(ctx, 'Leader', {
    where: compact([
      inFilter('id', args.filter?.ids),
      eqFilter('unit_id', args.filter?.unitId),
      inFilter('group_role', args.filter?.groupRole),
      searchFilter(['name', 'post'], args.filter?.search),
    ]),
    orderBy: orderBy(LEADER_ORDER_FIELDS, args.orderBy?.field, args.orderBy?.direction, 'ID'),
    page: args.page,
    spec,
    ...options,
  });

export const INSPECTION_ORDER_FIELDS = {
  FEEDBACK_DATE: 'r0.feedback_date',
  NAME: 'r0.name',
  ID: 'r0.id',
} as const;
export interface InspectionFilter {
  ids?: number[] | null;
  search?: string | null;
}
export const listInspections = <T>(
  ctx: ServiceContext,
  args: ListArgs<InspectionFilter, keyof typeof INSPECTION_ORDER_FIELDS>,
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> =>
  readList<T>(ctx, 'Inspection', {
    where: compact([
      inFilter('id', args.filter?.ids),
      searchFilter(['name', 'inspecting_body', 'inspected_organisation'], args.filter?.search),
    ]),
    orderBy: orderBy(INSPECTION_ORDER_FIELDS, args.orderBy?.field, args.orderBy?.direction, 'FEEDBACK_DATE'),
    page: args.page,
    spec,
    ...options,
  });

export const PROGRESS_ORDER_FIELDS = { REPORTED_AT: 'r0.reported_at', PERIOD: 'r0.period' } as const;
export interface ProgressReportFilter {
  taskId?: number | null;
  unitId?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
}
export const listProgressReports = <T>(
  ctx: ServiceContext,
  args: ListArgs<ProgressReportFilter, keyof typeof PROGRESS_ORDER_FIELDS>,
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> =>
  readList<T>(ctx, 'ProgressReport', {
    where: compact([
      eqFilter('task_id', args.filter?.taskId),
      eqFilter('unit_id', args.filter?.unitId),
      ...rangeFilter('period', args.filter?.periodFrom, args.filter?.periodTo),
    ]),
    orderBy: orderBy(
      PROGRESS_ORDER_FIELDS,
      args.orderBy?.field,
      args.orderBy?.direction ?? 'DESC',
      'REPORTED_AT',
    ),
    page: args.page,
    spec,
    ...options,
  });

export const USER_ORDER_FIELDS = { USERNAME: 'r0.username', ROLE: 'r0.role', ID: 'r0.id' } as const;
export interface UserFilter {
  ids?: number[] | null;
  role?: Role[] | null;
  unitId?: number | null;
  active?: boolean | null;
  search?: string | null;
}
export const listUsers = <T>(
  ctx: ServiceContext,
  args: ListArgs<UserFilter, keyof typeof USER_ORDER_FIELDS>,
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> =>
  readList<T>(ctx, 'User', {
    where: compact([
      inFilter('id', args.filter?.ids),
      inFilter('role', args.filter?.role),
      eqFilter('unit_id', args.filter?.unitId),
      eqFilter('active', args.filter?.active),
      searchFilter(['username', 'display_name'], args.filter?.search),
    ]),
    orderBy: orderBy(USER_ORDER_FIELDS, args.orderBy?.field, args.orderBy?.direction, 'ID'),
    page: args.page,
    spec,
    ...options,
  });

export const API_CLIENT_ORDER_FIELDS = { NAME: 'r0.name', EXPIRES_AT: 'r0.expires_at', ID: 'r0.id' } as const;
export interface ApiClientFilter {
  search?: string | null;
  /** Only tokens that are neither revoked nor expired (as of now). */
  activeOnly?: boolean | null;
}
export const listApiClients = <T>(
  ctx: ServiceContext,
  args: ListArgs<ApiClientFilter, keyof typeof API_CLIENT_ORDER_FIELDS>,
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> =>
  readList<T>(ctx, 'ApiClient', {
    where: compact([
      searchFilter(['name', 'department'], args.filter?.search),
      args.filter?.activeOnly ? activeTokenSql(ctx.now()) : null,
    ]),
    orderBy: orderBy(API_CLIENT_ORDER_FIELDS, args.orderBy?.field, args.orderBy?.direction, 'ID'),
    page: args.page,
    spec,
    ...options,
  });

const activeTokenSql = (now: Date) => sql`(r0.revoked_at is null and r0.expires_at > ${now.toISOString()})`;

export const AUDIT_ORDER_FIELDS = { AT: 'r0.at', ID: 'r0.id' } as const;
export interface AuditEventFilter {
  entity?: string | null;
  entityId?: string | null;
  action?: string | null;
  actorUserId?: number | null;
  from?: string | null;
  to?: string | null;
}
export const listAuditEvents = <T>(
  ctx: ServiceContext,
  args: ListArgs<AuditEventFilter, keyof typeof AUDIT_ORDER_FIELDS>,
  spec: ReadSpec,
  options: Options,
): Promise<ListResult<T>> =>
  readList<T>(ctx, 'AuditEvent', {
    where: compact([
      eqFilter('entity', args.filter?.entity),
      eqFilter('entity_id', args.filter?.entityId),
      eqFilter('action', args.filter?.action),
      eqFilter('actor_user_id', args.filter?.actorUserId),
      ...rangeFilter('at', args.filter?.from, args.filter?.to),
    ]),
    orderBy: orderBy(AUDIT_ORDER_FIELDS, args.orderBy?.field, args.orderBy?.direction ?? 'DESC', 'AT'),
    page: args.page,
    spec,
    ...options,
  });
