import type { ReviewStep } from '@rectify/domain';
import { graphql, type ResultOf, type VariablesOf } from '../graphql.js';
import { mutate, request } from './graphql-client.js';

/** The workflow's calls that are not CRUD: requests and their reviews, look-back, settings, inbox, summary. */

export type RequestKind = 'closure' | 'extension';

const ReviewFields = graphql(`
  fragment Review on Review {
    id step decision comment reviewerName taskStatusAtDecision taskVersionAtDecision decidedAt
  }
`);
export const ClosureRequestFields = graphql(
  `fragment ClosureRequest on ClosureRequest {
    id taskId status statement requestedByName createdAt updatedAt version endorsedTaskVersion
    endorsementCurrent reviews { ...Review }
  }`,
  [ReviewFields],
);
export const ExtensionRequestFields = graphql(
  `fragment ExtensionRequest on ExtensionRequest {
    id taskId status currentDeadline proposedDeadline reason requestedByName createdAt updatedAt version
    reviews { ...Review }
  }`,
  [ReviewFields],
);

const ENDORSE_CLOSURE = graphql(`
  mutation EndorseClosure($input: ReviewRequestInput!) {
    endorseClosureRequest(input: $input) { closureRequest { id status version } errors { field code message } }
  }
`);
const APPROVE_CLOSURE = graphql(`
  mutation ApproveClosure($input: ReviewRequestInput!) {
    approveClosureRequest(input: $input) { closureRequest { id status version } errors { field code message } }
  }
`);
const ENDORSE_EXTENSION = graphql(`
  mutation EndorseExtension($input: ReviewRequestInput!) {
    endorseExtensionRequest(input: $input) {
      extensionRequest { id status version } errors { field code message }
    }
  }
`);
const APPROVE_EXTENSION = graphql(`
  mutation ApproveExtension($input: ReviewRequestInput!) {
    approveExtensionRequest(input: $input) {
      extensionRequest { id status version } errors { field code message }
    }
  }
`);

export type ReviewInput = VariablesOf<typeof ENDORSE_CLOSURE>['input'];

/** Endorse (the leader) or approve (the office) a request, or send it back with a reason. */
export function reviewRequest(kind: RequestKind, step: ReviewStep, input: ReviewInput) {
  if (kind === 'closure')
    return step === 'ENDORSEMENT' ? mutate(ENDORSE_CLOSURE, { input }) : mutate(APPROVE_CLOSURE, { input });
  return step === 'ENDORSEMENT' ? mutate(ENDORSE_EXTENSION, { input }) : mutate(APPROVE_EXTENSION, { input });
}

const WITHDRAW_CLOSURE = graphql(`
  mutation WithdrawClosure($input: WithdrawRequestInput!) {
    withdrawClosureRequest(input: $input) { closureRequest { id status } errors { field code message } }
  }
`);
const WITHDRAW_EXTENSION = graphql(`
  mutation WithdrawExtension($input: WithdrawRequestInput!) {
    withdrawExtensionRequest(input: $input) { extensionRequest { id status } errors { field code message } }
  }
`);

export function withdrawRequest(kind: RequestKind, request: { id: number; version: number }) {
  const input = { id: request.id, version: request.version };
  return kind === 'closure' ? mutate(WITHDRAW_CLOSURE, { input }) : mutate(WITHDRAW_EXTENSION, { input });
}

const REQUEST_CLOSURE = graphql(`
  mutation RequestClosure($input: RequestClosureInput!) {
    requestClosure(input: $input) { closureRequest { id } errors { field code message } }
  }
`);

export const requestClosure = (taskId: number, statement: string) =>
  mutate(REQUEST_CLOSURE, { input: { taskId, statement } });

const REQUEST_EXTENSION = graphql(`
  mutation RequestExtension($input: RequestExtensionInput!) {
    requestExtension(input: $input) { extensionRequest { id } errors { field code message } }
  }
`);

export const requestExtension = (taskId: number, proposedDeadline: string, reason: string) =>
  mutate(REQUEST_EXTENSION, { input: { taskId, proposedDeadline, reason } });

// Look-back and long-term moves on a task.
const REOPEN_TASK = graphql(`
  mutation ReopenTask($input: ReopenTaskInput!) {
    reopenTask(input: $input) { task { id status version } errors { field code message } }
  }
`);
const RESUME_TASK = graphql(`
  mutation ResumeTask($input: ResumeTaskInput!) {
    resumeTask(input: $input) { task { id status version } errors { field code message } }
  }
`);
const MARK_TASK_ONGOING = graphql(`
  mutation MarkTaskOngoing($input: MarkTaskOngoingInput!) {
    markTaskOngoing(input: $input) { task { id status version } errors { field code message } }
  }
`);

/** 回头看: reopens a closed task with what the look-back found and a new deadline. */
export const reopenTask = (input: VariablesOf<typeof REOPEN_TASK>['input']) => mutate(REOPEN_TASK, { input });
export const resumeTask = (input: VariablesOf<typeof RESUME_TASK>['input']) => mutate(RESUME_TASK, { input });
export const markTaskOngoing = (input: VariablesOf<typeof MARK_TASK_ONGOING>['input']) =>
  mutate(MARK_TASK_ONGOING, { input });

const QueuedTaskFields = graphql(`
  fragment QueuedTask on Task {
    id ordinal measure deadline status issue { id code } leader { id name } leadUnit { id name }
  }
`);
const CLOSURE_QUEUE = graphql(
  `query ClosureQueue($filter: RequestFilter) {
    closureRequests(filter: $filter, first: 100) {
      nodes { id taskId status version requestedByName createdAt statement endorsementCurrent task { ...QueuedTask } }
    }
  }`,
  [QueuedTaskFields],
);
const EXTENSION_QUEUE = graphql(
  `query ExtensionQueue($filter: RequestFilter) {
    extensionRequests(filter: $filter, first: 100) {
      nodes {
        id taskId status version requestedByName createdAt currentDeadline proposedDeadline reason
        task { ...QueuedTask }
      }
    }
  }`,
  [QueuedTaskFields],
);

type ClosureQueued = ResultOf<typeof CLOSURE_QUEUE>['closureRequests']['nodes'][number];
type ExtensionQueued = ResultOf<typeof EXTENSION_QUEUE>['extensionRequests']['nodes'][number];
/** A request in a review queue: the fields of its own kind, the other kind's absent. */
export type QueuedRequest =
  | (ClosureQueued & Partial<Record<Exclude<keyof ExtensionQueued, keyof ClosureQueued>, undefined>>)
  | (ExtensionQueued & Partial<Record<Exclude<keyof ClosureQueued, keyof ExtensionQueued>, undefined>>);

/** The requests awaiting the given step (待我审核), oldest first as the server orders them. */
export async function requestsAwaiting(kind: RequestKind, step: ReviewStep): Promise<QueuedRequest[]> {
  const filter = { awaiting: step };
  return kind === 'closure'
    ? (await request(CLOSURE_QUEUE, { filter })).closureRequests.nodes
    : (await request(EXTENSION_QUEUE, { filter })).extensionRequests.nodes;
}

const REQUEST_OWNERS = graphql(`
  query Owners($c: [Int!], $e: [Int!], $cn: Int, $en: Int) {
    closureRequests(filter: { ids: $c }, first: $cn) { nodes { id taskId } }
    extensionRequests(filter: { ids: $e }, first: $en) { nodes { id taskId } }
  }
`);

/** The task each request belongs to, to link an inbox item to its task. */
export async function taskIdsOfRequests(
  closureIds: number[],
  extensionIds: number[],
): Promise<{ closure: Map<number, number>; extension: Map<number, number> }> {
  const data = await request(REQUEST_OWNERS, {
    c: closureIds,
    e: extensionIds,
    cn: Math.max(closureIds.length, 1),
    en: Math.max(extensionIds.length, 1),
  });
  const toMap = (nodes: { id: number; taskId: number }[]) => new Map(nodes.map((n) => [n.id, n.taskId]));
  return {
    closure: toMap(closureIds.length ? data.closureRequests.nodes : []),
    extension: toMap(extensionIds.length ? data.extensionRequests.nodes : []),
  };
}

const SettingsFields = graphql(`
  fragment Settings on WorkflowSettings {
    warnings { yellowDays reminderDays version } reporting { cadence currentPeriodStart version }
  }
`);
const WORKFLOW_SETTINGS = graphql('query WorkflowSettings { workflowSettings { ...Settings } }', [
  SettingsFields,
]);

export type WorkflowSettings = ResultOf<typeof SettingsFields>;

export const workflowSettings = async () => (await request(WORKFLOW_SETTINGS)).workflowSettings;

const UPDATE_WARNINGS = graphql(
  `mutation Warnings($input: UpdateWarningSettingsInput!) {
    updateWarningSettings(input: $input) { settings { ...Settings } errors { field code message } }
  }`,
  [SettingsFields],
);

export const updateWarningSettings = (input: VariablesOf<typeof UPDATE_WARNINGS>['input']) =>
  mutate(UPDATE_WARNINGS, { input });

const UPDATE_REPORTING = graphql(
  `mutation Reporting($input: UpdateReportingSettingsInput!) {
    updateReportingSettings(input: $input) { settings { ...Settings } errors { field code message } }
  }`,
  [SettingsFields],
);

export const updateReportingSettings = (input: VariablesOf<typeof UPDATE_REPORTING>['input']) =>
  mutate(UPDATE_REPORTING, { input });

const INBOX = graphql(`
  query Inbox($first: Int, $offset: Int, $unreadOnly: Boolean, $kind: [NotificationKind!]) {
    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly, kind: $kind) {
      nodes { id kind entity entityId message createdAt readAt } totalCount unreadCount
    }
  }
`);

export type InboxItem = ResultOf<typeof INBOX>['notifications']['nodes'][number];

export const inbox = async (params: VariablesOf<typeof INBOX>) =>
  (await request(INBOX, params)).notifications;

const MARK_READ = graphql(`
  mutation Read($ids: [Int!]) { markNotificationsRead(ids: $ids) { count errors { field code message } } }
`);

/** Marks the given items read, or every item when no ids are given. */
export const markRead = (ids?: number[]) => mutate(MARK_READ, { ids: ids ?? null });

// Each count type is its own (no shared interface), so the week's figures are spelled out three times.
const WEEKLY_SUMMARY = graphql(`
  query WeeklySummary($inspectionId: Int) {
    weeklySummary(inspectionId: $inspectionId) {
      weekStart weekEnd reportingPeriodStart
      tasks { total closed ongoing overdue closureRate closedThisWeek reportedThisWeek missingReports }
      byUnit {
        unit { id name } total closed ongoing overdue closureRate closedThisWeek reportedThisWeek missingReports
      }
      byLeader {
        leader { id name post }
        total closed ongoing overdue closureRate closedThisWeek reportedThisWeek missingReports
      }
      requests { closureRequested closuresApproved closuresRejected extensionsRequested extensionsApproved
        extensionsRejected pendingEndorsement pendingApproval }
    }
  }
`);

export type WeeklySummary = ResultOf<typeof WEEKLY_SUMMARY>['weeklySummary'];

export const weeklySummary = async (inspectionId: number | null) =>
  (await request(WEEKLY_SUMMARY, { inspectionId })).weeklySummary;
