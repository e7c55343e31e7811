import type { Actor, Label, LedgerScope, Permission } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { CLUE_ENTITIES, type ClueEntityName } from '../clues/clue-entities.js';
import { SUPERVISION_ENTITIES, type SupervisionEntityName } from '../supervision/read-entities.js';
import {
  WORKFLOW_ENTITIES,
  WORKFLOW_PROGRESS_REPORT_RELATIONS,
  WORKFLOW_TASK_COLUMNS,
  WORKFLOW_TASK_NEEDS,
  WORKFLOW_TASK_RELATIONS,
  type WorkflowEntityName,
} from '../workflow/read-entities.js';
import { issueScopeSql, taskScopeSql } from './scope-sql.js';

/** Who reads, and what they may see: the read model applies this to every row it returns. */
export interface ReadContext {
  actor: Actor;
  scope: LedgerScope;
}

/** A column name, or an SQL expression over the row's alias. */
export type ColumnExpr = string | ((alias: SQL, rc: ReadContext) => SQL);

export type Relation =
  /** target.id = this.<localColumn> */
  | { kind: 'one'; target: EntityName; localColumn: string }
  /** target.<remoteColumn> = this.id, as a list */
  | { kind: 'many'; target: EntityName; remoteColumn: string; orderBy: string; where?: string }
  /** the newest of `many` */
  | { kind: 'latest'; target: EntityName; remoteColumn: string; orderBy: string }
  /** through a join table: join.<joinLocal> = this.id and target.id = join.<joinRemote> */
  | {
      kind: 'through';
      target: EntityName;
      joinTable: string;
      joinLocal: string;
      joinRemote: string;
      orderBy: string;
    };

export interface EntityDef {
  table: string;
  label: Label;
  /** Reading any of it needs this permission. */
  permission: Permission;
  columns: Record<string, ColumnExpr>;
  /** Fields computed outside SQL from other fields (the API resolves them): what each needs read. */
  needs?: Record<string, string[]>;
  relations: Record<string, Relation>;
  /** Row visibility for the reader; null means every row. */
  scope?: (rc: ReadContext, alias: string) => SQL | null;
}

const tracked = { createdAt: 'created_at', updatedAt: 'updated_at', version: 'version' };

/**
 * The [status, deadline] of every task in the issue's subtree that the reader may see: its status and figures
 * derive from these, so a unit's tree counts only its own tasks.
 */
const subtreeTasks = (a: SQL, rc: ReadContext) => {
  const visible = taskScopeSql(rc.scope, 'st');
  return sql`(select coalesce(json_agg(json_build_array(st.status, st.deadline)), '[]'::json)
  from tasks st join issues si on si.id = st.issue_id
  where si.inspection_id = ${a}.inspection_id and (si.id = ${a}.id or si.sort_key like ${a}.sort_key || '.%')${
    visible ? sql` and ${visible}` : sql``
  })`;
};

export type EntityName =
  | 'Inspection'
  | 'Issue'
  | 'Task'
  | 'ProgressReport'
  | 'Unit'
  | 'Leader'
  | 'User'
  | 'ApiClient'
  | 'AuditEvent'
  | ClueEntityName
  | WorkflowEntityName
  | SupervisionEntityName;

export const ENTITIES: Record<EntityName, EntityDef> = {
  Inspection: {
    table: 'inspections',
    label: { zh: '巡视轮次', en: 'Inspection' },
    permission: 'inspection.read',
    columns: {
      id: 'id',
      name: 'name',
      inspectingBody: 'inspecting_body',
      inspectedOrganisation: 'inspected_organisation',
      level: 'level',
      kind: 'kind',
      onSiteFrom: 'on_site_from',
      onSiteTo: 'on_site_to',
      feedbackDate: 'feedback_date',
      rectificationDeadline: 'rectification_deadline',
      ...tracked,
    },
    relations: {
      areas: {
        kind: 'many',
        target: 'Issue',
        remoteColumn: 'inspection_id',
        orderBy: 'sort_key',
        where: 'parent_id is null',
      },
    },
  },
  Issue: {
    table: 'issues',
    label: { zh: '反馈问题', en: 'Issue' },
    permission: 'issue.read',
    columns: {
      id: 'id',
      inspectionId: 'inspection_id',
      parentId: 'parent_id',
      kind: 'kind',
      code: 'code',
      position: 'position',
      title: 'title',
      titleLead: 'title_lead',
      responseText: 'response_text',
      leadLeaderId: 'lead_leader_id',
      leadUnitId: 'lead_unit_id',
      subtreeTasks,
      ...tracked,
    },
    needs: { status: ['subtreeTasks'], figures: ['subtreeTasks'] },
    relations: {
      inspection: { kind: 'one', target: 'Inspection', localColumn: 'inspection_id' },
      parent: { kind: 'one', target: 'Issue', localColumn: 'parent_id' },
      children: { kind: 'many', target: 'Issue', remoteColumn: 'parent_id', orderBy: 'sort_key' },
      tasks: { kind: 'many', target: 'Task', remoteColumn: 'issue_id', orderBy: 'position, id' },
      leadLeader: { kind: 'one', target: 'Leader', localColumn: 'lead_leader_id' },
      leadUnit: { kind: 'one', target: 'Unit', localColumn: 'lead_unit_id' },
    },
    scope: (rc, alias) => issueScopeSql(rc.scope, alias),
  },
  Task: {
    table: 'tasks',
    label: { zh: '整改任务', en: 'Task' },
    permission: 'task.read',
    columns: {
      id: 'id',
      issueId: 'issue_id',
      ordinal: 'ordinal',
      position: 'position',
      measure: 'measure',
      target: 'target',
      leaderId: 'leader_id',
      leadUnitId: 'lead_unit_id',
      deadline: 'deadline',
      term: 'term',
      status: 'status',
      ...tracked,
      ...WORKFLOW_TASK_COLUMNS,
    },
    needs: {
      warning: ['status', 'deadline'],
      overdue: ['status', 'deadline'],
      daysLeft: ['status', 'deadline'],
      ...WORKFLOW_TASK_NEEDS,
    },
    relations: {
      issue: { kind: 'one', target: 'Issue', localColumn: 'issue_id' },
      leader: { kind: 'one', target: 'Leader', localColumn: 'leader_id' },
      leadUnit: { kind: 'one', target: 'Unit', localColumn: 'lead_unit_id' },
      coUnits: {
        kind: 'through',
        target: 'Unit',
        joinTable: 'task_co_units',
        joinLocal: 'task_id',
        joinRemote: 'unit_id',
        orderBy: 'id',
      },
      progressReports: {
        kind: 'many',
        target: 'ProgressReport',
        remoteColumn: 'task_id',
        orderBy: 'reported_at desc, id desc',
      },
      latestProgress: {
        kind: 'latest',
        target: 'ProgressReport',
        remoteColumn: 'task_id',
        orderBy: 'reported_at desc, id desc',
      },
      ...WORKFLOW_TASK_RELATIONS,
    },
    scope: (rc, alias) => taskScopeSql(rc.scope, alias),
  },
  ProgressReport: {
    table: 'progress_reports',
    label: { zh: '进展报送', en: 'Progress report' },
    permission: 'progress.read',
    columns: {
      id: 'id',
      taskId: 'task_id',
      unitId: 'unit_id',
      period: 'period',
      text: 'text',
      percent: 'percent',
      reportedAt: 'reported_at',
    },
    relations: {
      task: { kind: 'one', target: 'Task', localColumn: 'task_id' },
      unit: { kind: 'one', target: 'Unit', localColumn: 'unit_id' },
      ...WORKFLOW_PROGRESS_REPORT_RELATIONS,
    },
    scope: (rc, alias) => {
      const visible = taskScopeSql(rc.scope, 'pt');
      return (
        visible && sql`exists (select 1 from tasks pt where pt.id = ${sql.raw(alias)}.task_id and ${visible})`
      );
    },
  },
  Unit: {
    table: 'units',
    label: { zh: '单位', en: 'Unit' },
    permission: 'unit.read',
    columns: { id: 'id', name: 'name', kind: 'kind', parentId: 'parent_id', ...tracked },
    relations: {
      parent: { kind: 'one', target: 'Unit', localColumn: 'parent_id' },
      children: { kind: 'many', target: 'Unit', remoteColumn: 'parent_id', orderBy: 'name' },
    },
  },
  Leader: {
    table: 'leaders',
    label: { zh: '领导', en: 'Leader' },
    permission: 'leader.read',
    columns: { id: 'id', name: 'name', post: 'post', unitId: 'unit_id', groupRole: 'group_role', ...tracked },
    relations: { unit: { kind: 'one', target: 'Unit', localColumn: 'unit_id' } },
  },
  User: {
    table: 'users',
    label: { zh: '用户', en: 'User' },
    permission: 'user.read',
    columns: {
      id: 'id',
      username: 'username',
      displayName: 'display_name',
      role: 'role',
      unitId: 'unit_id',
      leaderId: 'leader_id',
      active: 'active',
      ...tracked,
    },
    relations: {
      unit: { kind: 'one', target: 'Unit', localColumn: 'unit_id' },
      leader: { kind: 'one', target: 'Leader', localColumn: 'leader_id' },
    },
  },
  ApiClient: {
    table: 'api_clients',
    label: { zh: '接口令牌', en: 'API client' },
    permission: 'apiClient.read',
    columns: {
      id: 'id',
      name: 'name',
      department: 'department',
      scopes: 'scopes',
      tokenPrefix: 'token_prefix',
      expiresAt: 'expires_at',
      revokedAt: 'revoked_at',
      createdById: 'created_by_id',
      createdAt: 'created_at',
    },
    relations: {},
  },
  AuditEvent: {
    table: 'audit_events',
    label: { zh: '审计记录', en: 'Audit event' },
    permission: 'audit.read',
    columns: {
      id: 'id',
      actorUserId: 'actor_user_id',
      actorApiClientId: 'actor_api_client_id',
      action: 'action',
      entity: 'entity',
      entityId: 'entity_id',
      before: 'before',
      after: 'after',
      at: 'at',
    },
    relations: {},
    // Clue-case events carry confidential values: they are never part of the general audit log.
    scope: (_rc, alias) => sql`${sql.raw(alias)}.entity not like 'clue%'`,
  },
  // Clue cases, for DISCIPLINE only; subject and informant only for the case's owners (clue-entities.ts).
  ...CLUE_ENTITIES,
  ...WORKFLOW_ENTITIES,
  ...SUPERVISION_ENTITIES,
};
