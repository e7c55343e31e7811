import type { LeadingGroupRole, Role, UnitKind } from '@rectify/domain';
import { apiClients, auditEvents, inspections, leaders, progressReports, units, users } from '@rectify/db';
import { sql } from 'drizzle-orm';
import { defineList } from './define-list.js';
import { eqFilter, inFilter, rangeFilter, searchFilter } from './filters.js';

// The simpler lists: each filter field maps straight to a column.

export const UNIT_ORDER_FIELDS = { NAME: [units.name], KIND: [units.kind], ID: [units.id] } as const;
export interface UnitFilter {
  ids?: number[] | null;
  kind?: UnitKind[] | null;
  parentId?: number | null;
  search?: string | null;
}
export const listUnits = defineList({
  entity: 'Unit',
  table: units,
  orderFields: UNIT_ORDER_FIELDS,
  defaultOrder: 'ID',
  where: (f: UnitFilter, u) => [
    inFilter(u.id, f.ids),
    inFilter(u.kind, f.kind),
    eqFilter(u.parentId, f.parentId),
    searchFilter([u.name], f.search),
  ],
});

export const LEADER_ORDER_FIELDS = {
  NAME: [leaders.name],
  GROUP_ROLE: [leaders.groupRole],
  ID: [leaders.id],
} as const;
export interface LeaderFilter {
  ids?: number[] | null;
  unitId?: number | null;
  groupRole?: LeadingGroupRole[] | null;
  search?: string | null;
}
export const listLeaders = defineList({
  entity: 'Leader',
  table: leaders,
  orderFields: LEADER_ORDER_FIELDS,
  defaultOrder: 'ID',
  where: (f: LeaderFilter, l) => [
    inFilter(l.id, f.ids),
    eqFilter(l.unitId, f.unitId),
    inFilter(l.groupRole, f.groupRole),
    searchFilter([l.name, l.post], f.search),
  ],
});

export const INSPECTION_ORDER_FIELDS = {
  FEEDBACK_DATE: [inspections.feedbackDate],
  NAME: [inspections.name],
  ID: [inspections.id],
} as const;
export interface InspectionFilter {
  ids?: number[] | null;
  search?: string | null;
}
export const listInspections = defineList({
  entity: 'Inspection',
  table: inspections,
  orderFields: INSPECTION_ORDER_FIELDS,
  defaultOrder: 'FEEDBACK_DATE',
  where: (f: InspectionFilter, i) => [
    inFilter(i.id, f.ids),
    searchFilter([i.name, i.inspectingBody, i.inspectedOrganisation], f.search),
  ],
});

export const PROGRESS_ORDER_FIELDS = {
  REPORTED_AT: [progressReports.reportedAt],
  PERIOD: [progressReports.period],
} as const;
export interface ProgressReportFilter {
  taskId?: number | null;
  unitId?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
}
export const listProgressReports = defineList({
  entity: 'ProgressReport',
  table: progressReports,
  orderFields: PROGRESS_ORDER_FIELDS,
  defaultOrder: 'REPORTED_AT',
  defaultDirection: 'DESC',
  where: (f: ProgressReportFilter, p) => [
    eqFilter(p.taskId, f.taskId),
    eqFilter(p.unitId, f.unitId),
    ...rangeFilter(p.period, f.periodFrom, f.periodTo),
  ],
});

export const USER_ORDER_FIELDS = { USERNAME: [users.username], ROLE: [users.role], ID: [users.id] } as const;
export interface UserFilter {
  ids?: number[] | null;
  role?: Role[] | null;
  unitId?: number | null;
  active?: boolean | null;
  search?: string | null;
}
export const listUsers = defineList({
  entity: 'User',
  table: users,
  orderFields: USER_ORDER_FIELDS,
  defaultOrder: 'ID',
  where: (f: UserFilter, u) => [
    inFilter(u.id, f.ids),
    inFilter(u.role, f.role),
    eqFilter(u.unitId, f.unitId),
    eqFilter(u.active, f.active),
    searchFilter([u.username, u.displayName], f.search),
  ],
});

export const API_CLIENT_ORDER_FIELDS = {
  NAME: [apiClients.name],
  EXPIRES_AT: [apiClients.expiresAt],
  ID: [apiClients.id],
} as const;
export interface ApiClientFilter {
  search?: string | null;
  /** Only tokens that are neither revoked nor expired (as of now). */
  activeOnly?: boolean | null;
}
export const listApiClients = defineList({
  entity: 'ApiClient',
  table: apiClients,
  orderFields: API_CLIENT_ORDER_FIELDS,
  defaultOrder: 'ID',
  where: (f: ApiClientFilter, c, ctx) => [
    searchFilter([c.name, c.department], f.search),
    f.activeOnly ? sql`(${c.revokedAt} is null and ${c.expiresAt} > ${ctx.now().toISOString()})` : null,
  ],
});

export const AUDIT_ORDER_FIELDS = { AT: [auditEvents.at], ID: [auditEvents.id] } as const;
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
  table: auditEvents,
  orderFields: AUDIT_ORDER_FIELDS,
  defaultOrder: 'AT',
  defaultDirection: 'DESC',
  where: (f: AuditEventFilter, a) => [
    eqFilter(a.entity, f.entity),
    eqFilter(a.entityId, f.entityId),
    eqFilter(a.action, f.action),
    eqFilter(a.actorUserId, f.actorUserId),
    ...rangeFilter(a.at, f.from, f.to),
  ],
});
