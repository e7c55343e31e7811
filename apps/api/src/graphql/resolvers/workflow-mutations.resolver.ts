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
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
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
import { payload, writeThenRead } from '../mutation.js';
import { TaskPayload } from '../types/payloads.js';
import {
  ClosureRequestPayload,
  ExtensionRequestPayload,
  WorkflowSettingsPayload,
} from '../types/workflow.type.js';
import { workflowSettingsOf } from './workflow.resolver.js';

const INPUT = { description: 'What to write; see the input type.' };

/**
 * The workflow's steps. A review states the version of the request it read: of two reviewers acting at once,
 * one succeeds and the other gets a CONFLICT in `errors`, with nothing written.
 */
@Resolver()
export class WorkflowMutationsResolver {
  @Authorized(requestClosure.permission)
  @Mutation(() => ClosureRequestPayload, {
    description: '申请销号: your unit asks to close a task it leads, with the evidence uploaded to it.',
  })
  requestClosure(
    @Arg('input', () => RequestClosureInputType, INPUT) input: RequestClosureInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(
      ctx,
      info,
      'closureRequest',
      'ClosureRequest',
      async (s) => (await requestClosure(s, input)).closureRequest,
    );
  }

  @Authorized(withdrawClosureRequest.permission)
  @Mutation(() => ClosureRequestPayload, { description: 'Take back a closure request under review.' })
  withdrawClosureRequest(
    @Arg('input', () => WithdrawRequestInputType, INPUT) input: WithdrawRequestInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(
      ctx,
      info,
      'closureRequest',
      'ClosureRequest',
      async (s) => (await withdrawClosureRequest(s, input)).closureRequest,
    );
  }

  @Authorized(endorseClosureRequest.permission)
  @Mutation(() => ClosureRequestPayload, {
    description:
      "签字背书: the task's leader endorses a closure request (APPROVE) or sends it back (REJECT).",
  })
  endorseClosureRequest(
    @Arg('input', () => ReviewRequestInputType, INPUT) input: ReviewRequestInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(
      ctx,
      info,
      'closureRequest',
      'ClosureRequest',
      async (s) => (await endorseClosureRequest(s, input)).closureRequest,
    );
  }

  @Authorized(approveClosureRequest.permission)
  @Mutation(() => ClosureRequestPayload, {
    description: '销号审核: the office approves an endorsed closure (the task is closed) or rejects it.',
  })
  approveClosureRequest(
    @Arg('input', () => ReviewRequestInputType, INPUT) input: ReviewRequestInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(
      ctx,
      info,
      'closureRequest',
      'ClosureRequest',
      async (s) => (await approveClosureRequest(s, input)).closureRequest,
    );
  }

  @Authorized(requestExtension.permission)
  @Mutation(() => ExtensionRequestPayload, {
    description: '延期申请: ask to move the deadline of a task your unit leads.',
  })
  requestExtension(
    @Arg('input', () => RequestExtensionInputType, INPUT) input: RequestExtensionInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'extensionRequest', 'ExtensionRequest', (s) =>
      requestExtension(s, input),
    );
  }

  @Authorized(withdrawExtensionRequest.permission)
  @Mutation(() => ExtensionRequestPayload, { description: 'Take back an extension request under review.' })
  withdrawExtensionRequest(
    @Arg('input', () => WithdrawRequestInputType, INPUT) input: WithdrawRequestInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'extensionRequest', 'ExtensionRequest', (s) =>
      withdrawExtensionRequest(s, input),
    );
  }

  @Authorized(endorseExtensionRequest.permission)
  @Mutation(() => ExtensionRequestPayload, {
    description: "The task's leader endorses an extension request (APPROVE) or sends it back (REJECT).",
  })
  endorseExtensionRequest(
    @Arg('input', () => ReviewRequestInputType, INPUT) input: ReviewRequestInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(
      ctx,
      info,
      'extensionRequest',
      'ExtensionRequest',
      async (s) => (await endorseExtensionRequest(s, input)).extensionRequest,
    );
  }

  @Authorized(approveExtensionRequest.permission)
  @Mutation(() => ExtensionRequestPayload, {
    description: 'The office approves an endorsed extension (the deadline moves) or rejects it.',
  })
  approveExtensionRequest(
    @Arg('input', () => ReviewRequestInputType, INPUT) input: ReviewRequestInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(
      ctx,
      info,
      'extensionRequest',
      'ExtensionRequest',
      async (s) => (await approveExtensionRequest(s, input)).extensionRequest,
    );
  }

  @Authorized(reopenTask.permission)
  @Mutation(() => TaskPayload, {
    description: '回头看: reopen a closed or ongoing task with a new deadline, saying why.',
  })
  reopenTask(
    @Arg('input', () => ReopenTaskInputType, INPUT) input: ReopenTaskInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'task', 'Task', (s) => reopenTask(s, input));
  }

  @Authorized(resumeTask.permission)
  @Mutation(() => TaskPayload, { description: '恢复整改: your unit takes a reopened task back in hand.' })
  resumeTask(
    @Arg('input', () => ResumeTaskInputType, INPUT) input: ResumeTaskInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'task', 'Task', (s) => resumeTask(s, input));
  }

  @Authorized(markTaskOngoing.permission)
  @Mutation(() => TaskPayload, { description: 'Mark a long-term task basically done and continuing.' })
  markTaskOngoing(
    @Arg('input', () => MarkTaskOngoingInputType, INPUT) input: MarkTaskOngoingInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'task', 'Task', (s) => markTaskOngoing(s, input));
  }

  @Authorized(updateWarningSettings.permission)
  @Mutation(() => WorkflowSettingsPayload, { description: 'Set the warning lead times.' })
  updateWarningSettings(
    @Arg('input', () => UpdateWarningSettingsInputType, INPUT) input: UpdateWarningSettingsInputType,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('settings', ctx.locale, async () => {
      await updateWarningSettings(ctx.services(), input);
      return workflowSettingsOf(ctx);
    });
  }

  @Authorized(updateReportingSettings.permission)
  @Mutation(() => WorkflowSettingsPayload, { description: 'Set the reporting cadence.' })
  updateReportingSettings(
    @Arg('input', () => UpdateReportingSettingsInputType, INPUT) input: UpdateReportingSettingsInputType,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('settings', ctx.locale, async () => {
      await updateReportingSettings(ctx.services(), input);
      return workflowSettingsOf(ctx);
    });
  }
}
