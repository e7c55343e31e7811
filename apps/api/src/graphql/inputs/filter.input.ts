import {
  IssueKind,
  LeadingGroupRole,
  Role,
  TaskStatus,
  TaskTerm,
  UnitKind,
  WarningLevel,
} from '@rectify/domain';
import type {
  ApiClientFilter,
  AuditEventFilter,
  InspectionFilter,
  IssueFilter,
  LeaderFilter,
  ProgressReportFilter,
  TaskFilter,
  UnitFilter,
  UserFilter,
} from '@rectify/services';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../scalars.js';

// Filters implement the read model's filter interfaces: the compiler keeps both shapes in step.

@InputType('TaskFilter', { description: 'Which tasks to list; every given condition must hold.' })
export class TaskFilterInput implements TaskFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these tasks.' }) ids?: number[] | null;
  @Field(() => Int, { nullable: true, description: 'Tasks of this inspection.' }) inspectionId?:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'Tasks of this issue and every issue below it.' })
  issueId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Tasks this unit leads.' }) leadUnitId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Tasks this unit leads or co-operates on.' }) unitId?:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'Tasks this leader is responsible for.' }) leaderId?:
    | number
    | null;
  @Field(() => [TaskStatus.object], { nullable: true, description: 'Any of these statuses.' })
  status?: TaskStatus[] | null;
  @Field(() => [TaskTerm.object], { nullable: true, description: 'Any of these terms.' }) term?:
    | TaskTerm[]
    | null;
  @Field(() => [WarningLevel.object], {
    nullable: true,
    description: 'Any of these warning colours, as of today.',
  })
  warning?: WarningLevel[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline on or after.' }) deadlineFrom?:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline on or before.' }) deadlineTo?:
    | string
    | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Past the deadline and not closed (or the opposite).',
  })
  overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Text in the measure.' }) search?: string | null;
}

@InputType('IssueFilter', { description: 'Which issues to list; every given condition must hold.' })
export class IssueFilterInput implements IssueFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these issues.' }) ids?: number[] | null;
  @Field(() => Int, { nullable: true, description: 'Issues of this inspection.' }) inspectionId?:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'Children of this issue.' }) parentId?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only the areas at the top of the tree.' })
  rootsOnly?: boolean | null;
  @Field(() => [IssueKind.object], { nullable: true, description: 'Any of these kinds.' }) kind?:
    | IssueKind[]
    | null;
  @Field(() => Int, { nullable: true, description: 'Issues this unit leads.' }) leadUnitId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Issues this leader answers for.' }) leadLeaderId?:
    | number
    | null;
  @Field(() => String, { nullable: true, description: 'Text in the title, code or response.' }) search?:
    | string
    | null;
}

@InputType('UnitFilter', { description: 'Which units to list.' })
export class UnitFilterInput implements UnitFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these records.' }) ids?: number[] | null;
  @Field(() => [UnitKind.object], { nullable: true, description: 'Any of these kinds.' }) kind?:
    | UnitKind[]
    | null;
  @Field(() => Int, { nullable: true, description: 'The record above it.' }) parentId?: number | null;
  @Field(() => String, { nullable: true, description: 'Text in the name.' }) search?: string | null;
}

@InputType('LeaderFilter', { description: 'Which leaders to list.' })
export class LeaderFilterInput implements LeaderFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these records.' }) ids?: number[] | null;
  @Field(() => Int, { nullable: true, description: 'The unit.' }) unitId?: number | null;
  @Field(() => [LeadingGroupRole.object], { nullable: true, description: 'Place in the leading group.' })
  groupRole?: LeadingGroupRole[] | null;
  @Field(() => String, { nullable: true, description: 'Text in the name or post.' }) search?: string | null;
}

@InputType('InspectionFilter', { description: 'Which inspections to list.' })
export class InspectionFilterInput implements InspectionFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these records.' }) ids?: number[] | null;
  @Field(() => String, { nullable: true, description: 'Text in the name or bodies.' }) search?: string | null;
}

@InputType('ProgressReportFilter', { description: 'Which progress reports to list.' })
export class ProgressReportFilterInput implements ProgressReportFilter {
  @Field(() => Int, { nullable: true, description: 'The task.' }) taskId?: number | null;
  @Field(() => Int, { nullable: true, description: 'The unit.' }) unitId?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'Period on or after.' }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Period on or before.' }) periodTo?: string | null;
}

@InputType('UserFilter', { description: 'Which users to list.' })
export class UserFilterInput implements UserFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these records.' }) ids?: number[] | null;
  @Field(() => [Role.object], { nullable: true, description: 'Any of these roles (filter) or the role.' })
  role?: Role[] | null;
  @Field(() => Int, { nullable: true, description: 'The unit.' }) unitId?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the user may sign in.' }) active?:
    | boolean
    | null;
  @Field(() => String, { nullable: true, description: 'Text in the username or name.' }) search?:
    | string
    | null;
}

@InputType('ApiClientFilter', { description: 'Which API clients to list.' })
export class ApiClientFilterInput implements ApiClientFilter {
  @Field(() => String, { nullable: true, description: 'Text to look for.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only tokens neither revoked nor expired.' })
  activeOnly?: boolean | null;
}

@InputType('AuditEventFilter', { description: 'Which audit events to list.' })
export class AuditEventFilterInput implements AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'The kind of record, e.g. task.' }) entity?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'The record id.' }) entityId?: string | null;
  @Field(() => String, { nullable: true, description: 'What was done, e.g. task.assign.' }) action?:
    | string
    | null;
  @Field(() => Int, { nullable: true, description: 'The user who acted.' }) actorUserId?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after.' }) from?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'At or before.' }) to?: string | null;
}
