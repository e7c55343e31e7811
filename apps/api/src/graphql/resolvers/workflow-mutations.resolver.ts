import {
  approveClosureRequest,
  approveExtensionRequest,
  endorseClosureRequest,
  endorseExtensionRequest,
  markTaskOngoing,
  reopenTask,
  requestClosure,
  requestExtension,
  resumeTask,
  updateReportingSettings,
  updateWarningSettings,
  withdrawClosureRequest,
  withdrawExtensionRequest,
} from '@rectify/services';
import {
  MarkTaskOngoingInputType,
  ReopenTaskInputType,
  RequestClosureInputType,
  RequestExtensionInputType,
  ResumeTaskInputType,
  ReviewRequestInputType,
  UpdateReportingSettingsInputType,
  UpdateWarningSettingsInputType,
  WithdrawRequestInputType,
} from '../inputs/workflow.input.js';
import { mutation, mutationResolver, readBack, returned } from '../mutation.js';
import { TaskPayload } from '../types/payloads.js';
import {
  ClosureRequestPayload,
  ExtensionRequestPayload,
  WorkflowSettingsPayload,
} from '../types/workflow.type.js';
import { workflowSettingsOf } from './workflow.resolver.js';

const closureRequest = readBack('closureRequest', 'ClosureRequest', {
  pick: (r: { closureRequest: { id: number } }) => r.closureRequest,
});
const extensionRequest = readBack('extensionRequest', 'ExtensionRequest');
const extensionReview = readBack('extensionRequest', 'ExtensionRequest', {
  pick: (r: { extensionRequest: { id: number } }) => r.extensionRequest,
});
const task = readBack('task', 'Task');
const settings = returned('settings', (_, ctx) => workflowSettingsOf(ctx));

/**
 * The workflow's steps. A review states the version of the request it read: of two reviewers acting at once,
 * one succeeds and the other gets a CONFLICT in `errors`, with nothing written.
 */
export const WorkflowMutationsResolver = mutationResolver('WorkflowMutationsResolver', {
  requestClosure: mutation({
    useCase: requestClosure,
    input: RequestClosureInputType,
    payload: ClosureRequestPayload,
    answer: closureRequest,
    description: '申请销号: your unit asks to close a task it leads, with the evidence uploaded to it.',
  }),
  withdrawClosureRequest: mutation({
    useCase: withdrawClosureRequest,
    input: WithdrawRequestInputType,
    payload: ClosureRequestPayload,
    answer: closureRequest,
    description: 'Take back a closure request under review.',
  }),
  endorseClosureRequest: mutation({
    useCase: endorseClosureRequest,
    input: ReviewRequestInputType,
    payload: ClosureRequestPayload,
    answer: closureRequest,
    description:
      "签字背书: the task's leader endorses a closure request (APPROVE) or sends it back (REJECT).",
  }),
  approveClosureRequest: mutation({
    useCase: approveClosureRequest,
    input: ReviewRequestInputType,
    payload: ClosureRequestPayload,
    answer: closureRequest,
    description: '销号审核: the office approves an endorsed closure (the task is closed) or rejects it.',
  }),
  requestExtension: mutation({
    useCase: requestExtension,
    input: RequestExtensionInputType,
    payload: ExtensionRequestPayload,
    answer: extensionRequest,
    description: '延期申请: ask to move the deadline of a task your unit leads.',
  }),
  withdrawExtensionRequest: mutation({
    useCase: withdrawExtensionRequest,
    input: WithdrawRequestInputType,
    payload: ExtensionRequestPayload,
    answer: extensionRequest,
    description: 'Take back an extension request under review.',
  }),
  endorseExtensionRequest: mutation({
    useCase: endorseExtensionRequest,
    input: ReviewRequestInputType,
    payload: ExtensionRequestPayload,
    answer: extensionReview,
    description: "The task's leader endorses an extension request (APPROVE) or sends it back (REJECT).",
  }),
  approveExtensionRequest: mutation({
    useCase: approveExtensionRequest,
    input: ReviewRequestInputType,
    payload: ExtensionRequestPayload,
    answer: extensionReview,
    description: 'The office approves an endorsed extension (the deadline moves) or rejects it.',
  }),
  reopenTask: mutation({
    useCase: reopenTask,
    input: ReopenTaskInputType,
    payload: TaskPayload,
    answer: task,
    description: '回头看: reopen a closed or ongoing task with a new deadline, saying why.',
  }),
  resumeTask: mutation({
    useCase: resumeTask,
    input: ResumeTaskInputType,
    payload: TaskPayload,
    answer: task,
    description: '恢复整改: your unit takes a reopened task back in hand.',
  }),
  markTaskOngoing: mutation({
    useCase: markTaskOngoing,
    input: MarkTaskOngoingInputType,
    payload: TaskPayload,
    answer: task,
    description: 'Mark a long-term task basically done and continuing.',
  }),
  updateWarningSettings: mutation({
    useCase: updateWarningSettings,
    input: UpdateWarningSettingsInputType,
    payload: WorkflowSettingsPayload,
    answer: settings,
    description: 'Set the warning lead times.',
  }),
  updateReportingSettings: mutation({
    useCase: updateReportingSettings,
    input: UpdateReportingSettingsInputType,
    payload: WorkflowSettingsPayload,
    answer: settings,
    description: 'Set the reporting cadence.',
  }),
});
