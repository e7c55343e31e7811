import { InspectionKind, InspectionLevel, IssueKind, TaskStatus, TaskTerm } from '@rectify/domain';
import type {
  AssignTaskInput,
  BulkAssignTasksInput,
  CreateInspectionInput,
  CreateIssueInput,
  CreateTaskInput,
  ReportProgressInput,
  UpdateInspectionInput,
  UpdateIssueInput,
  UpdateTaskInput,
} from '@rectify/services';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../scalars.js';

@InputType('CreateInspectionInput', { description: 'A new inspection round.' })
export class CreateInspectionInputType implements CreateInspectionInput {
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { description: 'The inspecting body.' }) inspectingBody!: string;
  @Field(() => String, { description: 'The organisation inspected.' }) inspectedOrganisation!: string;
  @Field(() => InspectionLevel.object, { description: 'Central, provincial, municipal or county.' })
  level!: InspectionLevel;
  @Field(() => InspectionKind.object, {
    nullable: true,
    description: '巡视 or 巡察; omitted, the kind of the level (municipal and county: 巡察).',
  })
  kind?: InspectionKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day on site.' }) onSiteFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day on site.' }) onSiteTo?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the feedback was given.' }) feedbackDate?:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'End of concentrated rectification.' })
  rectificationDeadline?: string | null;
}

@InputType('UpdateInspectionInput', {
  description: 'Changes to an inspection; omitted fields stay as they are.',
})
export class UpdateInspectionInputType implements UpdateInspectionInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'The inspecting body.' }) inspectingBody?: string;
  @Field(() => String, { nullable: true, description: 'The organisation inspected.' })
  inspectedOrganisation?: string;
  @Field(() => InspectionLevel.object, {
    nullable: true,
    description: 'Central, provincial, municipal or county.',
  })
  level?: InspectionLevel;
  @Field(() => InspectionKind.object, { nullable: true, description: '巡视 or 巡察.' })
  kind?: InspectionKind;
  @Field(() => DateScalar, { nullable: true, description: 'First day on site.' }) onSiteFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day on site.' }) onSiteTo?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the feedback was given.' }) feedbackDate?:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'End of concentrated rectification.' })
  rectificationDeadline?: string | null;
}

@InputType('CreateIssueInput', { description: 'A new node of the feedback tree.' })
export class CreateIssueInputType implements CreateIssueInput {
  @Field(() => Int, { description: 'The inspection.' }) inspectionId!: number;
  @Field(() => Int, { nullable: true, description: 'The node above; omit for an area.' }) parentId?:
    | number
    | null;
  @Field(() => IssueKind.object, { description: 'Any of these kinds.' }) kind!: IssueKind;
  @Field(() => String, { description: 'The numbering code as printed, unique in the inspection.' })
  code!: string;
  @Field(() => String, { description: 'The problem as the feedback states it.' }) title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The response, where it is not an enumerated measure.',
  })
  responseText?: string | null;
  @Field(() => Int, { nullable: true, description: 'The leader who answers for it.' }) leadLeaderId?:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'The lead unit.' }) leadUnitId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Place among its siblings (default: last).' }) position?:
    | number
    | null;
}

@InputType('UpdateIssueInput', { description: 'Changes to an issue; omitted fields stay as they are.' })
export class UpdateIssueInputType implements UpdateIssueInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'The numbering code as printed.' }) code?: string;
  @Field(() => String, { nullable: true, description: 'The problem as the feedback states it.' })
  title?: string;
  @Field(() => String, {
    nullable: true,
    description: 'The response, where it is not an enumerated measure.',
  })
  responseText?: string | null;
  @Field(() => Int, { nullable: true, description: 'The leader who answers for it.' }) leadLeaderId?:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'The lead unit.' }) leadUnitId?: number | null;
}

@InputType('CreateTaskInput', { description: 'A new task (measure) of an issue.' })
export class CreateTaskInputType implements CreateTaskInput {
  @Field(() => Int, { description: 'The issue.' }) issueId!: number;
  @Field(() => String, { nullable: true, description: '一是, 二是 …' }) ordinal?: string | null;
  @Field(() => String, { description: 'The measure, in full.' }) measure!: string;
  @Field(() => String, { nullable: true, description: 'The target.' }) target?: string | null;
  @Field(() => Int, { nullable: true, description: 'The responsible leader.' }) leaderId?: number | null;
  @Field(() => Int, { nullable: true, description: 'The lead unit.' }) leadUnitId?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Co-operating units.' }) coUnitIds?: number[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'The deadline.' }) deadline?: string | null;
  @Field(() => TaskTerm.object, { nullable: true, description: 'Immediate, by deadline, or long-term.' })
  term?: TaskTerm | null;
  @Field(() => TaskStatus.object, {
    nullable: true,
    description: 'Its current state, when entering an existing ledger.',
  })
  status?: TaskStatus | null;
  @Field(() => Int, { nullable: true, description: 'Place among its siblings.' }) position?: number | null;
}

@InputType('UpdateTaskInput', {
  description: 'Changes to a task; the deadline moves only through an extension.',
})
export class UpdateTaskInputType implements UpdateTaskInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
  @Field(() => String, { nullable: true, description: '一是, 二是 …' }) ordinal?: string;
  @Field(() => String, { nullable: true, description: 'The measure, in full.' }) measure?: string;
  @Field(() => String, { nullable: true, description: 'The target.' }) target?: string | null;
  @Field(() => TaskTerm.object, { nullable: true, description: 'Immediate, by deadline, or long-term.' })
  term?: TaskTerm;
  @Field(() => DateScalar, { nullable: true, description: 'Only while the task has no deadline yet.' })
  deadline?: string | null;
  @Field(() => Int, { nullable: true, description: 'Place among its siblings.' }) position?: number;
}

@InputType('AssignTaskInput', {
  description: "A task's responsible leader, lead unit and co-operating units.",
})
export class AssignTaskInputType implements AssignTaskInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
  @Field(() => Int, { nullable: true, description: 'The responsible leader.' }) leaderId!: number | null;
  @Field(() => Int, { nullable: true, description: 'The lead unit.' }) leadUnitId!: number | null;
  @Field(() => [Int], { description: 'Co-operating units.' }) coUnitIds!: number[];
}

@InputType('BulkAssignTasksInput', { description: 'One leader and/or lead unit for many tasks at once.' })
export class BulkAssignTasksInputType implements BulkAssignTasksInput {
  @Field(() => [Int], { description: 'The tasks.' }) taskIds!: number[];
  @Field(() => Int, { nullable: true, description: 'The responsible leader.' }) leaderId?: number | null;
  @Field(() => Int, { nullable: true, description: 'The lead unit.' }) leadUnitId?: number | null;
}

@InputType('ReportProgressInput', { description: "A lead unit's progress report on a task." })
export class ReportProgressInputType implements ReportProgressInput {
  @Field(() => Int, { description: 'The task.' }) taskId!: number;
  @Field(() => DateScalar, { description: 'First day of the period reported on.' }) period!: string;
  @Field(() => String, { description: 'What was done.' }) text!: string;
  @Field(() => Int, { description: 'Estimated completion, 0–100.' }) percent!: number;
}
