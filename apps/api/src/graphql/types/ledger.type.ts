import {
  type Inspection,
  InspectionKind,
  InspectionLevel,
  type Issue,
  IssueKind,
  ProblemLead,
  type ProgressReport,
  type Task,
  TaskStatus,
  TaskTerm,
} from '@rectify/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { RelationField } from './decorators.js';
import type { Json } from './json.js';
import { LeaderType, UnitType } from './organisation.type.js';

@ObjectType('Inspection', {
  description: '巡视轮次 — one inspection, whose feedback becomes the ledger.',
  simpleResolvers: true,
})
export class InspectionType implements Json<Inspection> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'Name of the round.' }) name!: string;
  @Field(() => String, { description: 'The inspecting body, e.g. 中共广东省委第十一巡视组.' })
  inspectingBody!: string;
  @Field(() => String, { description: 'The organisation inspected.' }) inspectedOrganisation!: string;
  @Field(() => InspectionLevel.object, { description: 'Central, provincial, municipal or county.' })
  level!: InspectionLevel;
  @Field(() => InspectionKind.object, {
    description: '巡视 or 巡察, printed in every generated title and sentence.',
  })
  kind!: InspectionKind;
  @Field(() => DateScalar, { nullable: true, description: 'First day on site.' }) onSiteFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day on site.' }) onSiteTo!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the feedback was given.' }) feedbackDate!:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'End of concentrated rectification.' })
  rectificationDeadline!: string | null;
  @RelationField(() => [IssueType], 'issue.read', 'The areas (方面) at the top of its feedback tree.', false)
  areas?: IssueType[];
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with an update.' })
  version!: number;
}

@ObjectType('ProgressReport', {
  description: "进展报送 — a unit's periodic report on a task.",
  simpleResolvers: true,
})
export class ProgressReportType implements Json<Omit<ProgressReport, 'reportedById'>> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The task reported on.' }) taskId!: number;
  @Field(() => Int, { description: 'The reporting unit.' }) unitId!: number;
  @Field(() => DateScalar, { description: 'First day of the period reported on.' }) period!: string;
  @Field(() => String, { description: 'What was done.' }) text!: string;
  @Field(() => Int, { description: 'Estimated completion, 0–100.' }) percent!: number;
  @Field(() => DateTimeScalar, { description: 'When it was reported.' }) reportedAt!: string;
  @RelationField(() => UnitType, 'unit.read', 'The reporting unit.') unit?: UnitType | null;
  @RelationField(() => TaskType, 'task.read', 'The task reported on.') task?: TaskType | null;
}

@ObjectType('Task', {
  description: '整改任务 — one rectification measure of an issue.',
  simpleResolvers: true,
})
export class TaskType implements Json<Task> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The issue it belongs to.' }) issueId!: number;
  @Field(() => String, { description: '一是, 二是 …; empty when the response is not enumerated.' })
  ordinal!: string;
  @Field(() => Int, { description: "Order among the issue's tasks." }) position!: number;
  @Field(() => String, { description: '整改措施 — the measure, in full.' }) measure!: string;
  @Field(() => String, { nullable: true, description: '整改目标 — the target, where one is set.' }) target!:
    | string
    | null;
  @Field(() => Int, { nullable: true, description: 'The responsible leader.' }) leaderId!: number | null;
  @Field(() => Int, { nullable: true, description: 'The lead unit.' }) leadUnitId!: number | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: '完成时限 — moves only through an approved extension.',
  })
  deadline!: string | null;
  @Field(() => TaskTerm.object, { description: 'Immediate, by deadline, or long-term.' }) term!: TaskTerm;
  @Field(() => TaskStatus.object, { description: 'Where the task stands in its lifecycle.' })
  status!: TaskStatus;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with an update.' })
  version!: number;

  @RelationField(() => IssueType, 'issue.read', 'The issue it belongs to.') issue?: IssueType | null;
  @RelationField(() => LeaderType, 'leader.read', '责任领导 — the responsible leader.')
  leader?: LeaderType | null;
  @RelationField(() => UnitType, 'unit.read', '牵头单位 — the lead unit.') leadUnit?: UnitType | null;
  @RelationField(() => [UnitType], 'unit.read', '配合单位 — co-operating units.', false) coUnits?: UnitType[];
  @RelationField(() => [ProgressReportType], 'progress.read', 'Every progress report, newest first.', false)
  progressReports?: ProgressReportType[];
  @RelationField(() => ProgressReportType, 'progress.read', 'The newest progress report.')
  latestProgress?: ProgressReportType | null;
}

@ObjectType('IssueFigures', {
  description: 'Counts over the tasks of an issue and of every issue below it.',
  simpleResolvers: true,
})
export class IssueFiguresType {
  @Field(() => Int, { description: 'All tasks.' }) totalTasks!: number;
  @Field(() => Int, { description: 'Closed (销号) tasks.' }) closedTasks!: number;
  @Field(() => Int, { description: 'Basically done and continuing.' }) ongoingTasks!: number;
  @Field(() => Int, { description: 'Past their deadline and not closed.' }) overdueTasks!: number;
  @Field(() => Number, { nullable: true, description: 'closedTasks / totalTasks, 0–1; null without tasks.' })
  closureRate!: number | null;
}

@ObjectType('Issue', {
  description: '反馈问题 — a node of the feedback tree: area, problem or manifestation.',
  simpleResolvers: true,
})
export class IssueType implements Json<Issue> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The inspection whose feedback it is.' }) inspectionId!: number;
  @Field(() => Int, { nullable: true, description: 'The node above; null for an area.' }) parentId!:
    | number
    | null;
  @Field(() => IssueKind.object, { description: 'Area, problem or manifestation.' }) kind!: IssueKind;
  @Field(() => String, { description: 'The numbering code as printed, e.g. 二(一)1.(3).' }) code!: string;
  @Field(() => Int, { description: 'Order among its siblings.' }) position!: number;
  @Field(() => String, { description: 'The problem as the feedback states it.' }) title!: string;
  @Field(() => ProblemLead.object, {
    nullable: true,
    description: '针对 or 关于 as the item was printed (针对“…”问题); null for a heading in its own words.',
  })
  titleLead!: ProblemLead | null;
  @Field(() => String, {
    nullable: true,
    description: 'The response, where it is not an enumerated measure.',
  })
  responseText!: string | null;
  @Field(() => Int, { nullable: true, description: 'The leader who answers for it.' }) leadLeaderId!:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'The lead unit.' }) leadUnitId!: number | null;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with an update.' })
  version!: number;

  /** [status, deadline] of every task below, read by the SQL; status and figures derive from it. */
  subtreeTasks?: [TaskStatus, string | null][];

  @RelationField(() => InspectionType, 'inspection.read', 'The inspection.')
  inspection?: InspectionType | null;
  @RelationField(() => IssueType, 'issue.read', 'The node above.') parent?: IssueType | null;
  @RelationField(() => [IssueType], 'issue.read', 'The nodes below, in document order.', false)
  children?: IssueType[];
  @RelationField(() => [TaskType], 'task.read', 'Its tasks (those the caller may see), in order.', false)
  tasks?: TaskType[];
  @RelationField(() => LeaderType, 'leader.read', 'The leader who answers for it.')
  leadLeader?: LeaderType | null;
  @RelationField(() => UnitType, 'unit.read', 'The lead unit.') leadUnit?: UnitType | null;
}
