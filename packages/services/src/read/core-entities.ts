import {
  apiClients,
  auditEvents,
  inspections,
  issues,
  leaders,
  progressReports,
  taskCoUnits,
  tasks,
  units,
  users,
} from '@rectify/db';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { messages } from '../messages/index.js';
import {
  defineEntity,
  desc,
  type EntityDef,
  type EntityName,
  type ReadContext,
  type Row,
  tracked,
} from './registry-types.js';
import { issueScopeSql, taskScopeSql } from './scope-sql.js';

// The ledger's entities and the records around it (units, leaders, users, tokens, the audit log). Features
// define theirs in their own folders; read/registry.ts assembles all of them.

const st = alias(tasks, 'st');
const si = alias(issues, 'si');
const pt = alias(tasks, 'pt');

/**
 * The [status, deadline] of every task in the issue's subtree that the reader may see: its status and figures
 * derive from these, so a unit's tree counts only its own tasks.
 */
const subtreeTasks = (issue: Row<typeof issues>, rc: ReadContext): SQL => {
  const visible = taskScopeSql(rc.scope, st);
  return sql`(select coalesce(json_agg(json_build_array(${st.status}, ${st.deadline})), '[]'::json)
  from ${tasks} ${st} join ${issues} ${si} on ${si.id} = ${st.issueId}
  where ${si.inspectionId} = ${issue.inspectionId} and (${si.id} = ${issue.id} or ${si.sortKey} like ${issue.sortKey} || '.%')${
    visible ? sql` and ${visible}` : sql``
  })`;
};

export const CORE_ENTITIES = {
  Inspection: defineEntity(inspections, {
    label: messages.read.inspection,
    permission: 'inspection.read',
    columns: {
      id: inspections.id,
      name: inspections.name,
      inspectingBody: inspections.inspectingBody,
      inspectedOrganisation: inspections.inspectedOrganisation,
      level: inspections.level,
      kind: inspections.kind,
      onSiteFrom: inspections.onSiteFrom,
      onSiteTo: inspections.onSiteTo,
      feedbackDate: inspections.feedbackDate,
      rectificationDeadline: inspections.rectificationDeadline,
      ...tracked(inspections),
    },
    relations: {
      areas: {
        kind: 'many',
        target: 'Issue',
        remote: issues.inspectionId,
        orderBy: [issues.sortKey],
        whereNull: issues.parentId,
      },
    },
  }),
  Issue: defineEntity(issues, {
    label: messages.read.issue,
    permission: 'issue.read',
    columns: {
      id: issues.id,
      inspectionId: issues.inspectionId,
      parentId: issues.parentId,
      kind: issues.kind,
      code: issues.code,
      position: issues.position,
      title: issues.title,
      titleLead: issues.titleLead,
      responseText: issues.responseText,
      leadLeaderId: issues.leadLeaderId,
      leadUnitId: issues.leadUnitId,
      subtreeTasks,
      ...tracked(issues),
    },
    needs: { status: ['subtreeTasks'], figures: ['subtreeTasks'] },
    relations: {
      inspection: { kind: 'one', target: 'Inspection', local: issues.inspectionId },
      parent: { kind: 'one', target: 'Issue', local: issues.parentId },
      children: { kind: 'many', target: 'Issue', remote: issues.parentId, orderBy: [issues.sortKey] },
      tasks: { kind: 'many', target: 'Task', remote: tasks.issueId, orderBy: [tasks.position, tasks.id] },
      leadLeader: { kind: 'one', target: 'Leader', local: issues.leadLeaderId },
      leadUnit: { kind: 'one', target: 'Unit', local: issues.leadUnitId },
    },
    scope: (rc, issue) => issueScopeSql(rc.scope, issue),
  }),
  Task: defineEntity(tasks, {
    label: messages.read.task,
    permission: 'task.read',
    columns: {
      id: tasks.id,
      issueId: tasks.issueId,
      ordinal: tasks.ordinal,
      position: tasks.position,
      measure: tasks.measure,
      target: tasks.target,
      leaderId: tasks.leaderId,
      leadUnitId: tasks.leadUnitId,
      deadline: tasks.deadline,
      term: tasks.term,
      status: tasks.status,
      ...tracked(tasks),
    },
    needs: {
      warning: ['status', 'deadline'],
      overdue: ['status', 'deadline'],
      daysLeft: ['status', 'deadline'],
    },
    relations: {
      // A task's issue is on the way to a task the reader sees (issueVisible).
      issue: { kind: 'one', target: 'Issue', local: tasks.issueId, scopeImplied: true },
      leader: { kind: 'one', target: 'Leader', local: tasks.leaderId },
      leadUnit: { kind: 'one', target: 'Unit', local: tasks.leadUnitId },
      coUnits: {
        kind: 'through',
        target: 'Unit',
        joinLocal: taskCoUnits.taskId,
        joinRemote: taskCoUnits.unitId,
        orderBy: [units.id],
      },
      // A progress report is visible exactly when its task is.
      progressReports: {
        kind: 'many',
        target: 'ProgressReport',
        remote: progressReports.taskId,
        orderBy: [desc(progressReports.reportedAt), desc(progressReports.id)],
        scopeImplied: true,
      },
      latestProgress: {
        kind: 'latest',
        target: 'ProgressReport',
        remote: progressReports.taskId,
        orderBy: [desc(progressReports.reportedAt), desc(progressReports.id)],
        scopeImplied: true,
      },
    },
    scope: (rc, task) => taskScopeSql(rc.scope, task),
  }),
  ProgressReport: defineEntity(progressReports, {
    label: messages.read.progressReport,
    permission: 'progress.read',
    columns: {
      id: progressReports.id,
      taskId: progressReports.taskId,
      unitId: progressReports.unitId,
      period: progressReports.period,
      text: progressReports.text,
      percent: progressReports.percent,
      reportedAt: progressReports.reportedAt,
    },
    relations: {
      task: { kind: 'one', target: 'Task', local: progressReports.taskId, scopeImplied: true },
      unit: { kind: 'one', target: 'Unit', local: progressReports.unitId },
    },
    scope: (rc, report) => {
      const visible = taskScopeSql(rc.scope, pt);
      return (
        visible && sql`exists (select 1 from ${tasks} ${pt} where ${pt.id} = ${report.taskId} and ${visible})`
      );
    },
  }),
  Unit: defineEntity(units, {
    label: messages.read.unit,
    permission: 'unit.read',
    columns: {
      id: units.id,
      name: units.name,
      kind: units.kind,
      parentId: units.parentId,
      ...tracked(units),
    },
    relations: {
      parent: { kind: 'one', target: 'Unit', local: units.parentId },
      children: { kind: 'many', target: 'Unit', remote: units.parentId, orderBy: [units.name] },
    },
  }),
  Leader: defineEntity(leaders, {
    label: messages.read.leader,
    permission: 'leader.read',
    columns: {
      id: leaders.id,
      name: leaders.name,
      post: leaders.post,
      unitId: leaders.unitId,
      groupRole: leaders.groupRole,
      ...tracked(leaders),
    },
    relations: { unit: { kind: 'one', target: 'Unit', local: leaders.unitId } },
  }),
  User: defineEntity(users, {
    label: messages.read.user,
    permission: 'user.read',
    columns: {
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
      leaderId: users.leaderId,
      active: users.active,
      ...tracked(users),
    },
    relations: {
      unit: { kind: 'one', target: 'Unit', local: users.unitId },
      leader: { kind: 'one', target: 'Leader', local: users.leaderId },
    },
  }),
  ApiClient: defineEntity(apiClients, {
    label: messages.read.apiClient,
    permission: 'apiClient.read',
    columns: {
      id: apiClients.id,
      name: apiClients.name,
      department: apiClients.department,
      scopes: apiClients.scopes,
      tokenPrefix: apiClients.tokenPrefix,
      expiresAt: apiClients.expiresAt,
      revokedAt: apiClients.revokedAt,
      createdById: apiClients.createdById,
      createdAt: apiClients.createdAt,
    },
    relations: {},
  }),
  AuditEvent: defineEntity(auditEvents, {
    label: messages.read.auditEvent,
    permission: 'audit.read',
    columns: {
      id: auditEvents.id,
      actorUserId: auditEvents.actorUserId,
      actorApiClientId: auditEvents.actorApiClientId,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      before: auditEvents.before,
      after: auditEvents.after,
      at: auditEvents.at,
    },
    relations: {},
    // Clue-case events carry confidential values: they are never part of the general audit log.
    scope: (_rc, event) => sql`${event.entity} not like 'clue%'`,
  }),
} satisfies Partial<Record<EntityName, EntityDef>>;
