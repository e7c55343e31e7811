import type { deadlineChanges } from '@rectify/db';
import {
  type ClosureRequest,
  type Evidence,
  type ExtensionRequest,
  ReportingCadence,
  RequestStatus,
  type Review,
  ReviewDecision,
  ReviewStep,
  TaskStatus,
  type WarningSettings,
} from '@rectify/domain';
import type { ReportingSettings, RequestCounts } from '@rectify/services';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { domainEnum } from '../domain-enum.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { Connection } from './connection.js';
import { RelationField } from './decorators.js';
import { LeaderRefType, UnitRefType } from './figures.type.js';
import type { Json } from './json.js';
import { ProgressReportType, TaskType } from './ledger.type.js';
import { Payload } from './payload.js';

// The rectification workflow: evidence, closure (销号) and extension (延期) requests with their reviews, the
// deadline history, the office's settings and the weekly summary (一周一小结).

domainEnum(
  'RequestStatus',
  RequestStatus,
  'Where a closure or extension request stands in its two-step review.',
);
domainEnum('ReviewStep', ReviewStep, "The leader's endorsement, or the office's approval.");
domainEnum('ReviewDecision', ReviewDecision, "A reviewer's decision.");
domainEnum('ReportingCadence', ReportingCadence, 'How often the units report progress.');

@ObjectType('Evidence', {
  description: '佐证材料 — a stored evidence file, addressed by its content hash, never replaced.',
  simpleResolvers: true,
})
export class EvidenceType implements Json<Evidence> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The task it supports.' }) taskId!: number;
  @Field(() => Int, { nullable: true, description: 'The progress report it supports, if any.' })
  progressReportId!: number | null;
  @Field(() => String, { description: 'The file name as uploaded.' }) fileName!: string;
  @Field(() => String, { description: 'The MIME type.' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) size!: number;
  @Field(() => String, { description: 'sha256 of the content, hex.' }) sha256!: string;
  @Field(() => Int, { nullable: true, description: 'Who uploaded it (null: the system).' }) uploadedById!:
    | number
    | null;
  @Field(() => String, { nullable: true, description: "The uploader's display name." }) uploadedByName!:
    | string
    | null;
  @Field(() => DateTimeScalar, { description: 'When it was uploaded.' }) uploadedAt!: string;
  @RelationField(() => TaskType, 'task.read', 'The task it supports.') task?: TaskType | null;
  @RelationField(() => ProgressReportType, 'progress.read', 'The progress report it supports.')
  progressReport?: ProgressReportType | null;
}

@ObjectType('Review', {
  description: "One reviewer's decision on a request, with the task's state at that moment.",
  simpleResolvers: true,
})
export class ReviewType implements Json<Review> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { nullable: true, description: 'The closure request reviewed.' }) closureRequestId!:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'The extension request reviewed.' }) extensionRequestId!:
    | number
    | null;
  @Field(() => ReviewStep.object, { description: "The leader's endorsement or the office's approval." })
  step!: ReviewStep;
  @Field(() => ReviewDecision.object, { description: 'Approve or reject.' }) decision!: ReviewDecision;
  @Field(() => String, { description: "The reviewer's comment; a rejection's reason." }) comment!: string;
  @Field(() => Int, { description: 'The reviewer (a user).' }) reviewerId!: number;
  @Field(() => String, { nullable: true, description: "The reviewer's display name." }) reviewerName!:
    | string
    | null;
  @Field(() => TaskStatus.object, { description: "The task's status when the decision was made." })
  taskStatusAtDecision!: TaskStatus;
  @Field(() => Int, { description: "The task's version when the decision was made." })
  taskVersionAtDecision!: number;
  @Field(() => DateTimeScalar, { description: 'When the decision was made.' }) decidedAt!: string;
}

@ObjectType('ClosureRequest', {
  description: '销号申请 — the lead unit asks to close a task; the leader endorses, the office approves.',
  simpleResolvers: true,
})
export class ClosureRequestType implements Json<ClosureRequest> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The task to close.' }) taskId!: number;
  @Field(() => Int, { nullable: true, description: 'Who asked (null: the system).' }) requestedById!:
    | number
    | null;
  @Field(() => String, { nullable: true, description: "The requester's display name." }) requestedByName!:
    | string
    | null;
  @Field(() => String, { description: '整改完成情况 — what was done.' }) statement!: string;
  @Field(() => RequestStatus.object, { description: 'Where the request stands.' }) status!: RequestStatus;
  @Field(() => Int, { nullable: true, description: "The task's version when it was endorsed." })
  endorsedTaskVersion!: number | null;
  /** The task's current version, read for endorsementCurrent. */
  taskVersion?: number;
  @Field(() => DateTimeScalar, { description: 'When it was made.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with a review.' })
  version!: number;
  @RelationField(() => TaskType, 'task.read', 'The task to close.') task?: TaskType | null;
  @RelationField(() => [ReviewType], 'progress.read', 'Its reviews, oldest first.', false)
  reviews?: ReviewType[];
}

@ObjectType('ExtensionRequest', {
  description: "延期申请 — the lead unit asks to move a task's deadline; the same two-step review.",
  simpleResolvers: true,
})
export class ExtensionRequestType implements Json<ExtensionRequest> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The task.' }) taskId!: number;
  @Field(() => Int, { nullable: true, description: 'Who asked (null: the system).' }) requestedById!:
    | number
    | null;
  @Field(() => String, { nullable: true, description: "The requester's display name." }) requestedByName!:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'The deadline when it was asked.' })
  currentDeadline!: string | null;
  @Field(() => DateScalar, { description: 'The deadline asked for.' }) proposedDeadline!: string;
  @Field(() => String, { description: 'Why.' }) reason!: string;
  @Field(() => RequestStatus.object, { description: 'Where the request stands.' }) status!: RequestStatus;
  @Field(() => DateTimeScalar, { description: 'When it was made.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with a review.' })
  version!: number;
  @RelationField(() => TaskType, 'task.read', 'The task.') task?: TaskType | null;
  @RelationField(() => [ReviewType], 'progress.read', 'Its reviews, oldest first.', false)
  reviews?: ReviewType[];
}

@ObjectType('DeadlineChange', {
  description: "A move of a task's deadline, by an approved extension.",
  simpleResolvers: true,
})
export class DeadlineChangeType implements Json<typeof deadlineChanges.$inferSelect> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The task.' }) taskId!: number;
  @Field(() => DateScalar, { nullable: true, description: 'The deadline before.' }) fromDeadline!:
    | string
    | null;
  @Field(() => DateScalar, { description: 'The deadline after.' }) toDeadline!: string;
  @Field(() => Int, { nullable: true, description: 'The extension request approved.' })
  extensionRequestId!: number | null;
  @Field(() => Int, { nullable: true, description: 'Who approved it.' }) changedById!: number | null;
  @Field(() => String, { nullable: true, description: "The approver's display name." }) changedByName!:
    | string
    | null;
  @Field(() => DateTimeScalar, { description: 'When.' }) changedAt!: string;
  @RelationField(() => ExtensionRequestType, 'progress.read', 'The extension request approved.')
  extensionRequest?: ExtensionRequestType | null;
}

@ObjectType('WarningSettings', { description: 'Deadline warning lead times.', simpleResolvers: true })
export class WarningSettingsType implements WarningSettings {
  @Field(() => Int, { description: 'Yellow from this many days before the deadline.' }) yellowDays!: number;
  @Field(() => [Int], { description: 'Reminders this many days before the deadline.' })
  reminderDays!: number[];
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with an update.' })
  version!: number;
}

@ObjectType('ReportingSettings', { description: 'The reporting cadence.', simpleResolvers: true })
export class ReportingSettingsType implements ReportingSettings {
  @Field(() => ReportingCadence.object, { description: 'How often units report.' })
  cadence!: ReportingCadence;
  @Field(() => DateScalar, { description: 'The first day of the current reporting period.' })
  currentPeriodStart!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with an update.' })
  version!: number;
}

@ObjectType('WorkflowSettings', {
  description: "The office's settings of the workflow.",
  simpleResolvers: true,
})
export class WorkflowSettingsType {
  @Field(() => WarningSettingsType, { description: 'Warning lead times.' }) warnings!: WarningSettingsType;
  @Field(() => ReportingSettingsType, { description: 'Reporting cadence.' })
  reporting!: ReportingSettingsType;
}

@ObjectType('WeekCounts', {
  description: 'Task counts as they stand, with what the week added.',
  simpleResolvers: true,
})
export class WeekCountsType {
  @Field(() => Int, { description: 'All tasks.' }) total!: number;
  @Field(() => Int, { description: 'Closed (销号).' }) closed!: number;
  @Field(() => Int, { description: 'Basically done and continuing.' }) ongoing!: number;
  @Field(() => Int, { description: 'Past their deadline and not closed.' }) overdue!: number;
  @Field(() => Float, { nullable: true, description: 'closed / total, 0–1; null without tasks.' })
  closureRate!: number | null;
  @Field(() => Int, { description: 'Closures the office approved during the week (新增销号).' })
  closedThisWeek!: number;
  @Field(() => Int, { description: 'Tasks with a progress report made during the week.' })
  reportedThisWeek!: number;
  @Field(() => Int, { description: 'Tasks without a report in the current reporting period.' })
  missingReports!: number;
}

@ObjectType('UnitWeek', { description: "A lead unit's week.", simpleResolvers: true })
export class UnitWeekType extends WeekCountsType {
  @Field(() => UnitRefType, { description: 'The lead unit.' }) unit!: UnitRefType;
}

@ObjectType('LeaderWeek', { description: "A responsible leader's week.", simpleResolvers: true })
export class LeaderWeekType extends WeekCountsType {
  @Field(() => LeaderRefType, { description: 'The responsible leader.' }) leader!: LeaderRefType;
}

@ObjectType('RequestCounts', {
  description: 'Closure and extension requests of the week.',
  simpleResolvers: true,
})
export class RequestCountsType implements RequestCounts {
  @Field(() => Int, { description: 'Closure requests made during the week.' }) closureRequested!: number;
  @Field(() => Int, { description: 'Closures approved during the week.' }) closuresApproved!: number;
  @Field(() => Int, { description: 'Closure requests rejected during the week (either step).' })
  closuresRejected!: number;
  @Field(() => Int, { description: 'Extension requests made during the week.' }) extensionsRequested!: number;
  @Field(() => Int, { description: 'Extensions approved during the week.' }) extensionsApproved!: number;
  @Field(() => Int, { description: 'Extension requests rejected during the week.' })
  extensionsRejected!: number;
  @Field(() => Int, { description: 'Requests now awaiting the leader’s endorsement.' })
  pendingEndorsement!: number;
  @Field(() => Int, { description: 'Requests now awaiting the office’s approval.' }) pendingApproval!: number;
}

@ObjectType('WeeklySummary', {
  description:
    '一周一小结 — the week of the ledger you may see: figures as they stand, and what the week brought.',
  simpleResolvers: true,
})
export class WeeklySummaryType {
  @Field(() => DateScalar, { description: 'Monday of the week.' }) weekStart!: string;
  @Field(() => DateScalar, { description: 'Sunday of the week.' }) weekEnd!: string;
  @Field(() => DateScalar, { description: 'Today, as of which the standing figures are counted.' })
  today!: string;
  @Field(() => DateScalar, { description: 'First day of the current reporting period.' })
  reportingPeriodStart!: string;
  @Field(() => WeekCountsType, { description: 'Over all tasks.' }) tasks!: WeekCountsType;
  @Field(() => [UnitWeekType], { description: 'Per lead unit, most tasks first.' }) byUnit!: UnitWeekType[];
  @Field(() => [LeaderWeekType], { description: 'Per responsible leader, most tasks first.' })
  byLeader!: LeaderWeekType[];
  @Field(() => RequestCountsType, { description: 'Requests and reviews.' }) requests!: RequestCountsType;
}

export const ClosureRequestConnection = Connection(
  ClosureRequestType,
  'ClosureRequest',
  'A page of closure requests.',
);
export const ExtensionRequestConnection = Connection(
  ExtensionRequestType,
  'ExtensionRequest',
  'A page of extension requests.',
);
export const ClosureRequestPayload = Payload(
  ClosureRequestType,
  'ClosureRequest',
  'closureRequest',
  'The answer to a closure request or review.',
);
export const ExtensionRequestPayload = Payload(
  ExtensionRequestType,
  'ExtensionRequest',
  'extensionRequest',
  'The answer to an extension request or review.',
);
export const WorkflowSettingsPayload = Payload(
  WorkflowSettingsType,
  'WorkflowSettings',
  'settings',
  'The answer to a settings change.',
);
