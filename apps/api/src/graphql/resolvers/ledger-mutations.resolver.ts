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
import { Int } from 'type-graphql';
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
import { deleted, mutation, mutationResolver, payload, readBack } from '../mutation.js';
import { specOf } from '../selection.js';
import {
  BulkAssignPayload,
  DeletePayload,
  InspectionPayload,
  IssuePayload,
  ProgressReportPayload,
  TaskPayload,
} from '../types/payloads.js';

const inspection = readBack('inspection', 'Inspection');
const issue = readBack('issue', 'Issue');
const task = readBack('task', 'Task');

/** The assigned tasks, read as the list reads them (one statement for the page). */
function assignedTasks(ctx: GraphQLContext, info: GraphQLResolveInfo, run: () => Promise<{ id: number }[]>) {
  return payload('tasks', ctx.locale, async () => {
    const tasks = await run();
    const page = await listTasks(
      ctx.services(),
      { filter: { ids: tasks.map((t) => t.id) }, page: { first: tasks.length } },
      specOf(info, 'Task', ['tasks']),
      { withTotal: false, warnings: DEFAULT_WARNING_SETTINGS },
    );
    return page.nodes;
  });
}

export const LedgerMutationsResolver = mutationResolver('LedgerMutationsResolver', {
  createInspection: mutation({
    useCase: createInspection,
    input: CreateInspectionInputType,
    payload: InspectionPayload,
    answer: inspection,
    description: 'Create an inspection round.',
  }),
  updateInspection: mutation({
    useCase: updateInspection,
    input: UpdateInspectionInputType,
    payload: InspectionPayload,
    answer: inspection,
    description: 'Change an inspection round.',
  }),
  createIssue: mutation({
    useCase: createIssue,
    input: CreateIssueInputType,
    payload: IssuePayload,
    answer: issue,
    description: 'Add a node to the feedback tree.',
  }),
  updateIssue: mutation({
    useCase: updateIssue,
    input: UpdateIssueInputType,
    payload: IssuePayload,
    answer: issue,
    description: 'Change an issue.',
  }),
  deleteIssue: mutation({
    useCase: deleteIssue,
    input: {
      id: { type: () => Int, description: 'The issue.' },
      version: { type: () => Int, description: 'The version you read.' },
    },
    payload: DeletePayload,
    answer: deleted,
    description: 'Delete an issue that has no children and no tasks.',
  }),
  createTask: mutation({
    useCase: createTask,
    input: CreateTaskInputType,
    payload: TaskPayload,
    answer: task,
    description: 'Add a task (measure) to an issue.',
  }),
  updateTask: mutation({
    useCase: updateTask,
    input: UpdateTaskInputType,
    payload: TaskPayload,
    answer: task,
    description: "Change a task's measure, target, ordinal or term.",
  }),
  assignTask: mutation({
    useCase: assignTask,
    input: AssignTaskInputType,
    payload: TaskPayload,
    answer: task,
    description: "Set a task's leader, lead unit and co-operating units.",
  }),
  bulkAssignTasks: mutation({
    useCase: bulkAssignTasks,
    input: BulkAssignTasksInputType,
    payload: BulkAssignPayload,
    answer: assignedTasks,
    description: 'Assign many tasks at once: all or none.',
  }),
  reportProgress: mutation({
    useCase: reportProgress,
    input: ReportProgressInputType,
    payload: ProgressReportPayload,
    answer: readBack('progressReport', 'ProgressReport', {
      pick: (r: { progressReport: { id: number } }) => r.progressReport,
    }),
    description: 'Report progress on a task your unit leads.',
  }),
});
