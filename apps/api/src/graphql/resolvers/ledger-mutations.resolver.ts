import {
  assignTask,
  bulkAssignTasks,
  createInspection,
  createIssue,
  createTask,
  deleteIssue,
  listTasks,
  reportProgress,
  updateInspection,
  updateIssue,
  updateTask,
} from '@rectify/services';
import { DEFAULT_WARNING_SETTINGS } from '@rectify/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  AssignTaskInputType,
  BulkAssignTasksInputType,
  CreateInspectionInputType,
  CreateIssueInputType,
  CreateTaskInputType,
  ReportProgressInputType,
  UpdateInspectionInputType,
  UpdateIssueInputType,
  UpdateTaskInputType,
} from '../inputs/ledger.input.js';
import { deleteRecord, payload, writeThenRead } from '../mutation.js';
import { specOf } from '../selection.js';
import {
  BulkAssignPayload,
  DeletePayload,
  InspectionPayload,
  IssuePayload,
  ProgressReportPayload,
  TaskPayload,
} from '../types/payloads.js';

@Resolver()
export class LedgerMutationsResolver {
  @Authorized(createInspection.permission)
  @Mutation(() => InspectionPayload, { description: 'Create an inspection round.' })
  createInspection(
    @Arg('input', () => CreateInspectionInputType, { description: 'What to write; see the input type.' })
    input: CreateInspectionInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'inspection', 'Inspection', (s) => createInspection(s, input));
  }

  @Authorized(updateInspection.permission)
  @Mutation(() => InspectionPayload, { description: 'Change an inspection round.' })
  updateInspection(
    @Arg('input', () => UpdateInspectionInputType, { description: 'What to write; see the input type.' })
    input: UpdateInspectionInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'inspection', 'Inspection', (s) => updateInspection(s, input));
  }

  @Authorized(createIssue.permission)
  @Mutation(() => IssuePayload, { description: 'Add a node to the feedback tree.' })
  createIssue(
    @Arg('input', () => CreateIssueInputType, { description: 'What to write; see the input type.' })
    input: CreateIssueInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'issue', 'Issue', (s) => createIssue(s, input));
  }

  @Authorized(updateIssue.permission)
  @Mutation(() => IssuePayload, { description: 'Change an issue.' })
  updateIssue(
    @Arg('input', () => UpdateIssueInputType, { description: 'What to write; see the input type.' })
    input: UpdateIssueInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'issue', 'Issue', (s) => updateIssue(s, input));
  }

  @Authorized(deleteIssue.permission)
  @Mutation(() => DeletePayload, { description: 'Delete an issue that has no children and no tasks.' })
  deleteIssue(
    @Arg('id', () => Int, { description: 'The issue.' }) id: number,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return deleteRecord(ctx, (s) => deleteIssue(s, { id, version }));
  }

  @Authorized(createTask.permission)
  @Mutation(() => TaskPayload, { description: 'Add a task (measure) to an issue.' })
  createTask(
    @Arg('input', () => CreateTaskInputType, { description: 'What to write; see the input type.' })
    input: CreateTaskInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'task', 'Task', (s) => createTask(s, input));
  }

  @Authorized(updateTask.permission)
  @Mutation(() => TaskPayload, { description: "Change a task's measure, target, ordinal or term." })
  updateTask(
    @Arg('input', () => UpdateTaskInputType, { description: 'What to write; see the input type.' })
    input: UpdateTaskInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'task', 'Task', (s) => updateTask(s, input));
  }

  @Authorized(assignTask.permission)
  @Mutation(() => TaskPayload, { description: "Set a task's leader, lead unit and co-operating units." })
  assignTask(
    @Arg('input', () => AssignTaskInputType, { description: 'What to write; see the input type.' })
    input: AssignTaskInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'task', 'Task', (s) => assignTask(s, input));
  }

  @Authorized(bulkAssignTasks.permission)
  @Mutation(() => BulkAssignPayload, { description: 'Assign many tasks at once: all or none.' })
  bulkAssignTasks(
    @Arg('input', () => BulkAssignTasksInputType, { description: 'What to write; see the input type.' })
    input: BulkAssignTasksInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('tasks', ctx.locale, async () => {
      const services = ctx.services();
      const tasks = await bulkAssignTasks(services, input);
      const page = await listTasks(
        services,
        { filter: { ids: tasks.map((t) => t.id) }, page: { first: tasks.length } },
        specOf(info, 'Task', ['tasks']),
        { withTotal: false, warnings: DEFAULT_WARNING_SETTINGS },
      );
      return page.nodes;
    });
  }

  @Authorized(reportProgress.permission)
  @Mutation(() => ProgressReportPayload, { description: 'Report progress on a task your unit leads.' })
  reportProgress(
    @Arg('input', () => ReportProgressInputType, { description: 'What to write; see the input type.' })
    input: ReportProgressInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(
      ctx,
      info,
      'progressReport',
      'ProgressReport',
      async (s) => (await reportProgress(s, input)).progressReport,
    );
  }
}
