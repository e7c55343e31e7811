import { Field, Int, ObjectType } from 'type-graphql';
import { ApiClientType, UserType } from './accounts.type.js';
import { InspectionType, IssueType, ProgressReportType, TaskType } from './ledger.type.js';
import { LeaderType, UnitType } from './organisation.type.js';
import { Payload, UserErrorType } from './payload.js';

export const UnitPayload = Payload(UnitType, 'Unit', 'unit', 'The answer to a unit mutation.');
export const LeaderPayload = Payload(LeaderType, 'Leader', 'leader', 'The answer to a leader mutation.');
export const UserPayload = Payload(UserType, 'User', 'user', 'The answer to a user mutation.');
export const ApiClientPayload = Payload(
  ApiClientType,
  'ApiClient',
  'apiClient',
  'The answer to an API client mutation.',
);
export const InspectionPayload = Payload(
  InspectionType,
  'Inspection',
  'inspection',
  'The answer to an inspection mutation.',
);
export const IssuePayload = Payload(IssueType, 'Issue', 'issue', 'The answer to an issue mutation.');
export const TaskPayload = Payload(TaskType, 'Task', 'task', 'The answer to a task mutation.');
export const ProgressReportPayload = Payload(
  ProgressReportType,
  'ProgressReport',
  'progressReport',
  'The answer to a progress report.',
);

@ObjectType('DeletePayload', { description: 'The answer to a delete.', simpleResolvers: true })
export class DeletePayload {
  @Field(() => Int, { nullable: true, description: 'The id deleted; null when there are errors.' }) id!:
    | number
    | null;
  @Field(() => [UserErrorType], { description: 'Empty when the record was deleted.' })
  errors!: UserErrorType[];
}

@ObjectType('BulkAssignPayload', {
  description: 'The answer to a bulk assignment: all tasks or none.',
  simpleResolvers: true,
})
export class BulkAssignPayload {
  @Field(() => [TaskType], {
    nullable: true,
    description: 'The tasks as assigned; null when there are errors.',
  })
  tasks!: TaskType[] | null;
  @Field(() => [UserErrorType], { description: 'Empty when every task was assigned.' })
  errors!: UserErrorType[];
}
