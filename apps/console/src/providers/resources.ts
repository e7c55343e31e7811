import { CLUE_RESOURCES } from './clue-resources.js';

/**
 * How each react-admin resource maps onto the GraphQL schema: list and single-record fields, what lists sort
 * by, which filters take lists, and the mutations that write it. The schema is named for partners; the console
 * adapts here rather than bending it.
 */
export interface MutationSpec {
  /** e.g. createUnit */
  name: string;
  /** e.g. CreateUnitInput */
  input: string;
  /** The payload field holding the record, e.g. unit. */
  payload: string;
  /** The input fields taken from the form. */
  fields: readonly string[];
  /** Other payload fields to hand back with the record (an API client's token, shown once). */
  extra?: readonly string[];
}

export interface ResourceSpec {
  /** The GraphQL type, e.g. Task: its list takes a TaskFilter and a TaskOrder. */
  type: string;
  /** The list query, e.g. tasks. */
  list: string;
  /** The single-record query, e.g. task; lists filter by `ids` for getMany when there is none. */
  one?: string;
  fields: string;
  /** A richer selection for the detail page. */
  detailFields?: string;
  /** react-admin sort field → the schema's order field. */
  orderBy: Record<string, string>;
  /** Filters the schema takes as lists; a single value is wrapped. */
  listFilters?: readonly string[];
  /** Filters the schema takes as strings. */
  stringFilters?: readonly string[];
  /** Whether the list filter has `ids` (for getMany). */
  hasIds?: boolean;
  create?: MutationSpec;
  update?: MutationSpec;
  /** The delete mutation; it takes the version read. */
  delete?: string;
}

import { EVIDENCE_FIELDS } from './files.js';
import { CLOSURE_FIELDS, EXTENSION_FIELDS } from './workflow-api.js';

const UNIT_REF = 'id name';
const LEADER_REF = 'id name post';
const FIGURES = 'figures { totalTasks closedTasks ongoingTasks overdueTasks closureRate }';

const TASK_FIELDS = `id issueId ordinal position measure target leaderId leadUnitId deadline term status version
  updatedAt warning overdue daysLeft issue { id code title } leader { ${LEADER_REF} } leadUnit { ${UNIT_REF} }
  coUnits { ${UNIT_REF} } latestProgress { id percent period }`;

const ISSUE_FIELDS = `id inspectionId parentId kind code position title responseText leadLeaderId leadUnitId
  version status ${FIGURES} leadLeader { ${LEADER_REF} } leadUnit { ${UNIT_REF} }`;

const INSPECTION_FIELDS = `id name inspectingBody inspectedOrganisation level onSiteFrom onSiteTo feedbackDate
  rectificationDeadline version`;

const API_CLIENT_FIELDS = 'id name department scopes tokenPrefix expiresAt revokedAt createdAt';

const RESOURCES: Record<string, ResourceSpec> = {
  ...CLUE_RESOURCES,
  tasks: {
    type: 'Task',
    list: 'tasks',
    one: 'task',
    fields: TASK_FIELDS,
    detailFields: `${TASK_FIELDS} createdAt issue { id code title inspectionId }
      progressReports { id period text percent reportedAt unit { ${UNIT_REF} } evidence { ${EVIDENCE_FIELDS} } }
      missingReport evidence { ${EVIDENCE_FIELDS} } closureRequests { ${CLOSURE_FIELDS} }
      extensionRequests { ${EXTENSION_FIELDS} } deadlineChanges { id fromDeadline toDeadline extensionRequestId changedByName changedAt }`,
    orderBy: {
      code: 'CODE',
      'issue.code': 'CODE',
      deadline: 'DEADLINE',
      status: 'STATUS',
      updatedAt: 'UPDATED_AT',
      createdAt: 'CREATED_AT',
    },
    listFilters: ['status', 'term', 'warning'],
    hasIds: true,
    create: {
      name: 'createTask',
      input: 'CreateTaskInput',
      payload: 'task',
      fields: [
        'issueId',
        'ordinal',
        'measure',
        'target',
        'leaderId',
        'leadUnitId',
        'coUnitIds',
        'deadline',
        'term',
      ],
    },
    update: {
      name: 'updateTask',
      input: 'UpdateTaskInput',
      payload: 'task',
      fields: ['ordinal', 'measure', 'target', 'term', 'deadline'],
    },
  },
  issues: {
    type: 'Issue',
    list: 'issues',
    one: 'issue',
    fields: ISSUE_FIELDS,
    detailFields: `${ISSUE_FIELDS} parent { id code title } children { id code title }`,
    orderBy: { code: 'CODE', title: 'TITLE', updatedAt: 'UPDATED_AT' },
    listFilters: ['kind'],
    hasIds: true,
    create: {
      name: 'createIssue',
      input: 'CreateIssueInput',
      payload: 'issue',
      fields: [
        'inspectionId',
        'parentId',
        'kind',
        'code',
        'title',
        'responseText',
        'leadLeaderId',
        'leadUnitId',
      ],
    },
    update: {
      name: 'updateIssue',
      input: 'UpdateIssueInput',
      payload: 'issue',
      fields: ['code', 'title', 'responseText', 'leadLeaderId', 'leadUnitId'],
    },
    delete: 'deleteIssue',
  },
  inspections: {
    type: 'Inspection',
    list: 'inspections',
    one: 'inspection',
    fields: INSPECTION_FIELDS,
    orderBy: { feedbackDate: 'FEEDBACK_DATE', name: 'NAME', id: 'ID' },
    hasIds: true,
    create: {
      name: 'createInspection',
      input: 'CreateInspectionInput',
      payload: 'inspection',
      fields: [
        'name',
        'inspectingBody',
        'inspectedOrganisation',
        'level',
        'onSiteFrom',
        'onSiteTo',
        'feedbackDate',
        'rectificationDeadline',
      ],
    },
    update: {
      name: 'updateInspection',
      input: 'UpdateInspectionInput',
      payload: 'inspection',
      fields: [
        'name',
        'inspectingBody',
        'inspectedOrganisation',
        'level',
        'onSiteFrom',
        'onSiteTo',
        'feedbackDate',
        'rectificationDeadline',
      ],
    },
  },
  units: {
    type: 'Unit',
    list: 'units',
    one: 'unit',
    fields: `id name kind parentId version parent { ${UNIT_REF} }`,
    orderBy: { name: 'NAME', kind: 'KIND', id: 'ID' },
    listFilters: ['kind'],
    hasIds: true,
    create: {
      name: 'createUnit',
      input: 'CreateUnitInput',
      payload: 'unit',
      fields: ['name', 'kind', 'parentId'],
    },
    update: {
      name: 'updateUnit',
      input: 'UpdateUnitInput',
      payload: 'unit',
      fields: ['name', 'kind', 'parentId'],
    },
    delete: 'deleteUnit',
  },
  leaders: {
    type: 'Leader',
    list: 'leaders',
    one: 'leader',
    fields: `id name post unitId groupRole version unit { ${UNIT_REF} }`,
    orderBy: { name: 'NAME', groupRole: 'GROUP_ROLE', id: 'ID' },
    listFilters: ['groupRole'],
    hasIds: true,
    create: {
      name: 'createLeader',
      input: 'CreateLeaderInput',
      payload: 'leader',
      fields: ['name', 'post', 'unitId', 'groupRole'],
    },
    update: {
      name: 'updateLeader',
      input: 'UpdateLeaderInput',
      payload: 'leader',
      fields: ['name', 'post', 'unitId', 'groupRole'],
    },
    delete: 'deleteLeader',
  },
  users: {
    type: 'User',
    list: 'users',
    one: 'user',
    fields: `id username displayName role unitId leaderId active version unit { ${UNIT_REF} }
      leader { ${LEADER_REF} }`,
    orderBy: { username: 'USERNAME', role: 'ROLE', id: 'ID' },
    listFilters: ['role'],
    hasIds: true,
    create: {
      name: 'createUser',
      input: 'CreateUserInput',
      payload: 'user',
      fields: ['username', 'displayName', 'password', 'role', 'unitId', 'leaderId'],
    },
    update: {
      name: 'updateUser',
      input: 'UpdateUserInput',
      payload: 'user',
      fields: ['displayName', 'role', 'unitId', 'leaderId', 'active'],
    },
  },
  apiClients: {
    type: 'ApiClient',
    list: 'apiClients',
    fields: API_CLIENT_FIELDS,
    orderBy: { name: 'NAME', expiresAt: 'EXPIRES_AT', id: 'ID' },
    create: {
      name: 'createApiClient',
      input: 'CreateApiClientInput',
      payload: 'apiClient',
      fields: ['name', 'department', 'scopes', 'expiresAt'],
      extra: ['token'],
    },
  },
  auditEvents: {
    type: 'AuditEvent',
    list: 'auditEvents',
    fields: 'id actorUserId actorApiClientId action entity entityId before after at',
    orderBy: { at: 'AT', id: 'ID' },
    stringFilters: ['entityId'],
  },
  progressReports: {
    type: 'ProgressReport',
    list: 'progressReports',
    fields: `id taskId unitId period text percent reportedAt unit { ${UNIT_REF} }`,
    orderBy: { reportedAt: 'REPORTED_AT', period: 'PERIOD' },
    create: {
      name: 'reportProgress',
      input: 'ReportProgressInput',
      payload: 'progressReport',
      fields: ['taskId', 'period', 'text', 'percent'],
    },
  },
};

export function resourceSpec(resource: string): ResourceSpec {
  const spec = RESOURCES[resource];
  if (!spec) throw new Error(`unknown resource: ${resource}`);
  return spec;
}
