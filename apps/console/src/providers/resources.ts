import type { TadaDocumentNode } from 'gql.tada';
import { graphql } from '../graphql.js';
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

/** A fragment written with src/graphql.ts, so its fields are checked against the schema and typed. */
// biome-ignore lint/suspicious/noExplicitAny: any fragment, whatever its result
export type Fragment = TadaDocumentNode<any, any, any>;

export interface ResourceSpec {
  /** The GraphQL type, e.g. Task: its list takes a TaskFilter and a TaskOrder. */
  type: string;
  /** The list query, e.g. tasks. */
  list: string;
  /** The single-record query, e.g. task; lists filter by `ids` for getMany when there is none. */
  one?: string;
  /** What a list, a record and a write read back (the record type is its ResultOf). */
  fields: Fragment;
  /** A richer selection for the detail page. */
  detailFields?: Fragment;
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

import { EvidenceFields } from './files.js';
import { ClosureRequestFields, ExtensionRequestFields } from './workflow-api.js';

export const TaskFields = graphql(`
  fragment TaskRecord on Task {
    id issueId ordinal position measure target leaderId leadUnitId deadline term status version updatedAt warning
    overdue daysLeft issue { id code title } leader { id name post } leadUnit { id name } coUnits { id name }
    latestProgress { id percent period }
  }
`);

export const TaskDetailFields = graphql(
  `fragment TaskDetailRecord on Task {
    ...TaskRecord
    createdAt issue { id code title inspectionId }
    progressReports { id period text percent reportedAt unit { id name } evidence { ...Evidence } }
    missingReport evidence { ...Evidence } closureRequests { ...ClosureRequest }
    extensionRequests { ...ExtensionRequest }
    deadlineChanges { id fromDeadline toDeadline extensionRequestId changedByName changedAt }
  }`,
  [TaskFields, EvidenceFields, ClosureRequestFields, ExtensionRequestFields],
);

export const IssueFields = graphql(`
  fragment IssueRecord on Issue {
    id inspectionId parentId kind code position title responseText leadLeaderId leadUnitId version status
    figures { totalTasks closedTasks ongoingTasks overdueTasks closureRate }
    leadLeader { id name post } leadUnit { id name }
  }
`);

const IssueDetailFields = graphql(
  `fragment IssueDetailRecord on Issue {
    ...IssueRecord parent { id code title } children { id code title }
  }`,
  [IssueFields],
);

const InspectionFields = graphql(`
  fragment InspectionRecord on Inspection {
    id name inspectingBody inspectedOrganisation level kind onSiteFrom onSiteTo feedbackDate rectificationDeadline
    version
  }
`);

/** What a user sets when creating an inspection, and may change afterwards. */
const INSPECTION_INPUT_FIELDS = [
  'name',
  'inspectingBody',
  'inspectedOrganisation',
  'level',
  'kind',
  'onSiteFrom',
  'onSiteTo',
  'feedbackDate',
  'rectificationDeadline',
] as const;

const UnitFields = graphql(`
  fragment UnitRecord on Unit { id name kind parentId version parent { id name } }
`);

const LeaderFields = graphql(`
  fragment LeaderRecord on Leader { id name post unitId groupRole version unit { id name } }
`);

const UserFields = graphql(`
  fragment UserRecord on User {
    id username displayName role unitId leaderId active version unit { id name } leader { id name post }
  }
`);

const ApiClientFields = graphql(`
  fragment ApiClientRecord on ApiClient {
    id name department scopes tokenPrefix expiresAt revokedAt createdAt
  }
`);

const AuditEventFields = graphql(`
  fragment AuditEventRecord on AuditEvent { id actorUserId actorApiClientId action entity entityId before after at }
`);

const ProgressReportFields = graphql(`
  fragment ProgressReportRecord on ProgressReport {
    id taskId unitId period text percent reportedAt unit { id name }
  }
`);

export const RESOURCES: Record<string, ResourceSpec> = {
  ...CLUE_RESOURCES,
  tasks: {
    type: 'Task',
    list: 'tasks',
    one: 'task',
    fields: TaskFields,
    detailFields: TaskDetailFields,
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
    fields: IssueFields,
    detailFields: IssueDetailFields,
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
    fields: InspectionFields,
    orderBy: { feedbackDate: 'FEEDBACK_DATE', name: 'NAME', id: 'ID' },
    hasIds: true,
    create: {
      name: 'createInspection',
      input: 'CreateInspectionInput',
      payload: 'inspection',
      fields: INSPECTION_INPUT_FIELDS,
    },
    update: {
      name: 'updateInspection',
      input: 'UpdateInspectionInput',
      payload: 'inspection',
      fields: INSPECTION_INPUT_FIELDS,
    },
  },
  units: {
    type: 'Unit',
    list: 'units',
    one: 'unit',
    fields: UnitFields,
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
    fields: LeaderFields,
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
    fields: UserFields,
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
    fields: ApiClientFields,
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
    fields: AuditEventFields,
    orderBy: { at: 'AT', id: 'ID' },
    stringFilters: ['entityId'],
  },
  progressReports: {
    type: 'ProgressReport',
    list: 'progressReports',
    fields: ProgressReportFields,
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
