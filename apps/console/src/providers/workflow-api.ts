import type { NotificationKind, ReportingCadence, ReviewDecision, ReviewStep } from '@rectify/domain';
import { USER_ERROR_FIELDS } from './build-query.js';
import { graphql, mutate } from './graphql-client.js';
import type { UserError } from './user-errors.js';

/** The workflow's calls that are not CRUD: requests and their reviews, look-back, settings, inbox, summary. */

type Payload = { errors: UserError[] };
export type RequestKind = 'closure' | 'extension';

export interface ReviewInput {
  id: number;
  version: number;
  decision: ReviewDecision;
  comment?: string | null;
}

const TASK_REF =
  'task { id ordinal measure deadline status issue { id code } leader { id name } leadUnit { id name } }';
const REVIEW_FIELDS =
  'id step decision comment reviewerName taskStatusAtDecision taskVersionAtDecision decidedAt';
export const CLOSURE_FIELDS = `id taskId status statement requestedByName createdAt updatedAt version
  endorsedTaskVersion endorsementCurrent reviews { ${REVIEW_FIELDS} }`;
export const EXTENSION_FIELDS = `id taskId status currentDeadline proposedDeadline reason requestedByName createdAt
  updatedAt version reviews { ${REVIEW_FIELDS} }`;

const REVIEW_MUTATIONS: Record<RequestKind, Record<ReviewStep, string>> = {
  closure: { ENDORSEMENT: 'endorseClosureRequest', APPROVAL: 'approveClosureRequest' },
  extension: { ENDORSEMENT: 'endorseExtensionRequest', APPROVAL: 'approveExtensionRequest' },
};
const PAYLOAD_FIELD: Record<RequestKind, string> = {
  closure: 'closureRequest',
  extension: 'extensionRequest',
};

/** Endorse (the leader) or approve (the office) a request, or send it back with a reason. */
export function reviewRequest(kind: RequestKind, step: ReviewStep, input: ReviewInput) {
  const name = REVIEW_MUTATIONS[kind][step];
  return mutate<Payload>(
    `mutation Review($input: ReviewRequestInput!) {
      ${name}(input: $input) { ${PAYLOAD_FIELD[kind]} { id status version } ${USER_ERROR_FIELDS} }
    }`,
    { input },
    name,
  );
}

export function withdrawRequest(kind: RequestKind, request: { id: number; version: number }) {
  const name = kind === 'closure' ? 'withdrawClosureRequest' : 'withdrawExtensionRequest';
  return mutate<Payload>(
    `mutation Withdraw($input: WithdrawRequestInput!) {
      ${name}(input: $input) { ${PAYLOAD_FIELD[kind]} { id status } ${USER_ERROR_FIELDS} }
    }`,
    { input: { id: request.id, version: request.version } },
    name,
  );
}

export function requestClosure(taskId: number, statement: string) {
  return mutate<Payload>(
    `mutation RequestClosure($input: RequestClosureInput!) {
      requestClosure(input: $input) { closureRequest { id } ${USER_ERROR_FIELDS} }
    }`,
    { input: { taskId, statement } },
    'requestClosure',
  );
}

export function requestExtension(taskId: number, proposedDeadline: string, reason: string) {
  return mutate<Payload>(
    `mutation RequestExtension($input: RequestExtensionInput!) {
      requestExtension(input: $input) { extensionRequest { id } ${USER_ERROR_FIELDS} }
    }`,
    { input: { taskId, proposedDeadline, reason } },
    'requestExtension',
  );
}

/** Look-back and long-term moves on a task: reopenTask, resumeTask, markTaskOngoing. */
export function moveTask(
  name: 'reopenTask' | 'resumeTask' | 'markTaskOngoing',
  input: { id: number; version: number; reason?: string; deadline?: string; comment?: string | null },
) {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return mutate<Payload>(
    `mutation Move($input: ${inputType}!) { ${name}(input: $input) { task { id status version } ${USER_ERROR_FIELDS} } }`,
    { input },
    name,
  );
}

export interface QueuedRequest {
  id: number;
  taskId: number;
  status: string;
  version: number;
  requestedByName: string | null;
  createdAt: string;
  statement?: string;
  endorsementCurrent?: boolean | null;
  currentDeadline?: string | null;
  proposedDeadline?: string;
  reason?: string;
  task: {
    id: number;
    ordinal: string;
    measure: string;
    deadline: string | null;
    issue: { id: number; code: string } | null;
    leader: { id: number; name: string } | null;
    leadUnit: { id: number; name: string } | null;
  } | null;
}

/** The requests awaiting the given step (待我审核), oldest first as the server orders them. */
export async function requestsAwaiting(kind: RequestKind, step: ReviewStep): Promise<QueuedRequest[]> {
  const list = kind === 'closure' ? 'closureRequests' : 'extensionRequests';
  const fields =
    kind === 'closure' ? 'statement endorsementCurrent' : 'currentDeadline proposedDeadline reason';
  const data = await graphql<Record<string, { nodes: QueuedRequest[] }>>(
    `query Queue($filter: RequestFilter) {
      ${list}(filter: $filter, first: 100) {
        nodes { id taskId status version requestedByName createdAt ${fields} ${TASK_REF} }
      }
    }`,
    { filter: { awaiting: step } },
  );
  return data[list]!.nodes;
}

/** The task each request belongs to, to link an inbox item to its task. */
export async function taskIdsOfRequests(
  closureIds: number[],
  extensionIds: number[],
): Promise<{ closure: Map<number, number>; extension: Map<number, number> }> {
  const data = await graphql<{
    closureRequests: { nodes: { id: number; taskId: number }[] };
    extensionRequests: { nodes: { id: number; taskId: number }[] };
  }>(
    `query Owners($c: [Int!], $e: [Int!], $cn: Int, $en: Int) {
      closureRequests(filter: { ids: $c }, first: $cn) { nodes { id taskId } }
      extensionRequests(filter: { ids: $e }, first: $en) { nodes { id taskId } }
    }`,
    {
      c: closureIds,
      e: extensionIds,
      cn: Math.max(closureIds.length, 1),
      en: Math.max(extensionIds.length, 1),
    },
  );
  const toMap = (nodes: { id: number; taskId: number }[]) => new Map(nodes.map((n) => [n.id, n.taskId]));
  return {
    closure: toMap(closureIds.length ? data.closureRequests.nodes : []),
    extension: toMap(extensionIds.length ? data.extensionRequests.nodes : []),
  };
}

export interface WorkflowSettings {
  warnings: { yellowDays: number; reminderDays: number[]; version: number };
  reporting: { cadence: ReportingCadence; currentPeriodStart: string; version: number };
}

const SETTINGS_FIELDS =
  'warnings { yellowDays reminderDays version } reporting { cadence currentPeriodStart version }';

export async function workflowSettings(): Promise<WorkflowSettings> {
  const data = await graphql<{ workflowSettings: WorkflowSettings }>(
    `{ workflowSettings { ${SETTINGS_FIELDS} } }`,
  );
  return data.workflowSettings;
}

export function updateWarningSettings(input: {
  yellowDays: number;
  reminderDays: number[];
  version: number;
}) {
  return mutate<Payload>(
    `mutation Warnings($input: UpdateWarningSettingsInput!) {
      updateWarningSettings(input: $input) { settings { ${SETTINGS_FIELDS} } ${USER_ERROR_FIELDS} }
    }`,
    { input },
    'updateWarningSettings',
  );
}

export function updateReportingSettings(input: { cadence: ReportingCadence; version: number }) {
  return mutate<Payload>(
    `mutation Reporting($input: UpdateReportingSettingsInput!) {
      updateReportingSettings(input: $input) { settings { ${SETTINGS_FIELDS} } ${USER_ERROR_FIELDS} }
    }`,
    { input },
    'updateReportingSettings',
  );
}

export interface InboxItem {
  id: number;
  kind: NotificationKind;
  entity: string;
  entityId: number;
  message: string;
  createdAt: string;
  readAt: string | null;
}

export async function inbox(params: {
  first: number;
  offset?: number;
  unreadOnly?: boolean;
  kind?: NotificationKind[] | null;
}) {
  const data = await graphql<{
    notifications: { nodes: InboxItem[]; totalCount: number; unreadCount: number };
  }>(
    `query Inbox($first: Int, $offset: Int, $unreadOnly: Boolean, $kind: [NotificationKind!]) {
      notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly, kind: $kind) {
        nodes { id kind entity entityId message createdAt readAt } totalCount unreadCount
      }
    }`,
    params,
  );
  return data.notifications;
}

/** Marks the given items read, or every item when no ids are given. */
export function markRead(ids?: number[]) {
  return mutate<Payload>(
    `mutation Read($ids: [Int!]) { markNotificationsRead(ids: $ids) { count ${USER_ERROR_FIELDS} } }`,
    { ids: ids ?? null },
    'markNotificationsRead',
  );
}

interface Week {
  total: number;
  closed: number;
  ongoing: number;
  overdue: number;
  closureRate: number | null;
  closedThisWeek: number;
  reportedThisWeek: number;
  missingReports: number;
}

export interface WeeklySummary {
  weekStart: string;
  weekEnd: string;
  reportingPeriodStart: string;
  tasks: Week;
  byUnit: (Week & { unit: { id: number; name: string } })[];
  byLeader: (Week & { leader: { id: number; name: string; post: string } })[];
  requests: {
    closureRequested: number;
    closuresApproved: number;
    closuresRejected: number;
    extensionsRequested: number;
    extensionsApproved: number;
    extensionsRejected: number;
    pendingEndorsement: number;
    pendingApproval: number;
  };
}

const WEEK = 'total closed ongoing overdue closureRate closedThisWeek reportedThisWeek missingReports';

export async function weeklySummary(inspectionId: number | null): Promise<WeeklySummary> {
  const data = await graphql<{ weeklySummary: WeeklySummary }>(
    `query Week($inspectionId: Int) {
      weeklySummary(inspectionId: $inspectionId) {
        weekStart weekEnd reportingPeriodStart tasks { ${WEEK} }
        byUnit { unit { id name } ${WEEK} } byLeader { leader { id name post } ${WEEK} }
        requests { closureRequested closuresApproved closuresRejected extensionsRequested extensionsApproved
          extensionsRejected pendingEndorsement pendingApproval }
      }
    }`,
    { inspectionId },
  );
  return data.weeklySummary;
}
