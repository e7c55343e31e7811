import { can, isTaskOpen, type Role, taskEventsFrom } from '@rectify/domain';
import type { SessionUser } from '../../providers/session.js';
import type { ClosureRequestRecord, ExtensionRequestRecord, TaskRecord } from '../tasks/task-record.js';

export type WorkflowAction =
  | 'reportProgress'
  | 'requestClosure'
  | 'withdrawClosure'
  | 'endorseClosure'
  | 'approveClosure'
  | 'requestExtension'
  | 'withdrawExtension'
  | 'endorseExtension'
  | 'approveExtension'
  | 'reopen'
  | 'resume'
  | 'markOngoing';

const PENDING = ['PENDING_ENDORSEMENT', 'PENDING_APPROVAL'];

export const pendingClosure = (task: TaskRecord): ClosureRequestRecord | undefined =>
  task.closureRequests?.find((r) => PENDING.includes(r.status));
export const pendingExtension = (task: TaskRecord): ExtensionRequestRecord | undefined =>
  task.extensionRequests?.find((r) => PENDING.includes(r.status));

/** A closure request the leader must endorse: awaiting it, or endorsed for a task that has changed since. */
const awaitsEndorsement = (r: { status: string; endorsementCurrent?: boolean | null }) =>
  r.status === 'PENDING_ENDORSEMENT' || (r.status === 'PENDING_APPROVAL' && r.endorsementCurrent === false);
/** A request the office may decide: endorsed, for the task as it is now. */
const awaitsApproval = (r: { status: string; endorsementCurrent?: boolean | null }) =>
  r.status === 'PENDING_APPROVAL' && r.endorsementCurrent !== false;

/**
 * The workflow actions the user is offered on the task: the role's permission, the user's binding (the lead
 * unit requests, the task's own leader endorses) and the task's state, as the server checks them.
 */
export function workflowActions(user: SessionUser | null, task: TaskRecord): Set<WorkflowAction> {
  const actions = new Set<WorkflowAction>();
  if (!user) return actions;
  const has = (p: Parameters<typeof can>[1]) => can({ role: user.role as Role, scopes: [] }, p);
  const events = taskEventsFrom(task.status);
  const closure = pendingClosure(task);
  const extension = pendingExtension(task);
  const leadUnit = user.unitId != null && user.unitId === task.leadUnitId;
  const ownLeader = user.leaderId != null && user.leaderId === task.leaderId;

  if (leadUnit) {
    if (has('progress.report') && task.status !== 'CLOSED') actions.add('reportProgress');
    if (has('progress.report') && events.includes('RESUME')) actions.add('resume');
    if (has('closure.request') && events.includes('REQUEST_CLOSURE') && !closure)
      actions.add('requestClosure');
    if (has('closure.request') && closure) actions.add('withdrawClosure');
    const extendable = isTaskOpen(task.status) && task.deadline != null && !extension;
    if (has('extension.request') && extendable) actions.add('requestExtension');
    if (has('extension.request') && extension) actions.add('withdrawExtension');
  }
  if (ownLeader) {
    if (has('closure.endorse') && closure && awaitsEndorsement(closure)) actions.add('endorseClosure');
    if (has('extension.endorse') && extension?.status === 'PENDING_ENDORSEMENT')
      actions.add('endorseExtension');
  }
  if (has('closure.approve') && closure && awaitsApproval(closure)) actions.add('approveClosure');
  if (has('extension.approve') && extension?.status === 'PENDING_APPROVAL') actions.add('approveExtension');
  if (has('task.reopen') && events.includes('REOPEN')) actions.add('reopen');
  if (has('task.markOngoing') && task.term === 'LONG_TERM' && events.includes('MARK_ONGOING'))
    actions.add('markOngoing');
  return actions;
}
