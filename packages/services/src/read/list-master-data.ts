import type { LeadingGroupRole, Role, UnitKind } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { defineList } from './define-list.js';
import { eqFilter, inFilter, rangeFilter, searchFilter } from './filters.js';

// The simpler lists: each filter field maps straight to a column.

export const UNIT_ORDER_FIELDS = { NAME: ['r0.name'], KIND: ['r0.kind'], ID: ['r0.id'] } as const;
export interface UnitFilter {
  ids?: number[] | null;
  kind?: UnitKind[] | null;
  parentId?: number | null;
  search?: string | null;
}
export const listUnits = defineList({
  entity: 'Unit',
  orderFields: UNIT_ORDER_FIELDS,
  defaultOrder: 'ID',
  where: (f: UnitFilter) => [
    inFilter('id', f.ids),
    inFilter('kind', f.kind),
    eqFilter('parent_id', f.parentId),
    searchFilter(['name'], f.search),
  ],
});

export const LEADER_ORDER_FIELDS = {
  NAME: ['r0.name'],
  GROUP_ROLE: ['r0.group_role'],
  ID: ['r0.id'],
} as const;
export interface LeaderFilter {
  ids?: number[] | null;
  unitId?: number | null;
  groupRole?: LeadingGroupRole[] | null;
  search?: string | null;
}
export const listLeaders = defineList({
  entity: 'Leader',
  orderFields: LEADER_ORDER_FIELDS,
  defaultOrder: 'ID',
  where: (f: LeaderFilter) => [
    inFilter('id', f.ids),
    eqFilter('unit_id', f.unitId),
    inFilter('group_role', f.groupRole),
    searchFilter(['name', 'post'], f.search),
  ],
});

export const INSPECTION_ORDER_FIELDS = {
  FEEDBACK_DATE: ['r0.feedback_date'],
  NAME: ['r0.name'],
  ID: ['r0.id'],
} as const;
export interface InspectionFilter {
  ids?: number[] | null;
  search?: string | null;
}
export const listInspections = defineList({
  entity: 'Inspection',
  orderFields: INSPECTION_ORDER_FIELDS,
  defaultOrder: 'FEEDBACK_DATE',
  where: (f: InspectionFilter) => [
    inFilter('id', f.ids),
    searchFilter(['name', 'inspecting_body', 'inspected_organisation'], f.search),
  ],
});

export const PROGRESS_ORDER_FIELDS = { REPORTED_AT: ['r0.reported_at'], PERIOD: ['r0.period'] } as const;
export interface ProgressReportFilter {
  taskId?: number | null;
  unitId?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
}
export const listProgressReports = defineList({
  entity: 'ProgressReport',
  orderFields: PROGRESS_ORDER_FIELDS,
  defaultOrder: 'REPORTED_AT',
  defaultDirection: 'DESC',
  where: (f: ProgressReportFilter) => [
    eqFilter('task_id', f.taskId),
    eqFilter('unit_id', f.unitId),
    ...rangeFilter('period', f.periodFrom, f.periodTo),
  ],
});

export const USER_ORDER_FIELDS = { USERNAME: ['r0.username'], ROLE: ['r0.role'], ID: ['r0.id'] } as const;
export interface UserFilter {
  ids?: number[] | null;
  role?: Role[] | null;
  unitId?: number | null;
  active?: boolean | null;
  search?: string | null;
}
export const listUsers = defineList({
  entity: 'User',
  orderFields: USER_ORDER_FIELDS,
  defaultOrder: 'ID',
  where: (f: UserFilter) => [
    inFilter('id', f.ids),
    inFilter('role', f.role),
    eqFilter('unit_id', f.unitId),
    eqFilter('active', f.active),
    searchFilter(['username', 'display_name'], f.search),
  ],
});

export const API_CLIENT_ORDER_FIELDS = {
  NAME: ['r0.name'],
  EXPIRES_AT: ['r0.expires_at'],
  ID: ['r0.id'],
} as const;
export interface ApiClientFilter {
  search?: string | null;
  /** Only tokens that are neither revoked nor expired (as of now). */
  activeOnly?: boolean | null;
}
export const listApiClients = defineList({
  entity: 'ApiClient',
  orderFields: API_CLIENT_ORDER_FIELDS,
  defaultOrder: 'ID',
  where: (f: ApiClientFilter, ctx) => [
    searchFilter(['name', 'department'], f.search),
    f.activeOnly ? sql`(r0.revoked_at is null and r0.expires_at > ${ctx.now().toISOString()})` : null,
  ],
});

export const AUDIT_ORDER_FIELDS = { AT: ['r0.at'], ID: ['r0.id'] } as const;
export interface AuditEventFilter {
  entity?: string | null;
  entityId?: string | null;
  action?: string | null;
  actorUserId?: number | null;
  from?: string | null;
  to?: string | null;
}
export const listAuditEvents = defineList({
  entity: 'AuditEvent',
  orderFields: AUDIT_ORDER_FIELDS,
  defaultOrder: 'AT',
  defaultDirection: 'DESC',
  where: (f: AuditEventFilter) => [
    eqFilter('entity', f.entity),
    eqFilter('entity_id', f.entityId),
    eqFilter('action', f.action),
    eqFilter('actor_user_id', f.actorUserId),
    ...rangeFilter('at', f.from, f.to),
  ],
});
