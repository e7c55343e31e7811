import { ReportingCadence, RequestStatus, ReviewDecision, ReviewStep } from '@rectify/domain';
import type {
  MarkTaskOngoingInput,
  ReopenTaskInput,
  RequestClosureInput,
  RequestExtensionInput,
  RequestFilter,
  ReviewRequestInput,
  UpdateWarningSettingsInput,
  WithdrawRequestInput,
} from '@rectify/services';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../scalars.js';

// Inputs implement the use cases' input interfaces: the compiler keeps both shapes in step.

@InputType('RequestClosureInput', { description: 'A closure request (申请销号); upload the evidence first.' })
export class RequestClosureInputType implements RequestClosureInput {
  @Field(() => Int, { description: 'The task, which your unit leads.' }) taskId!: number;
  @Field(() => String, { description: '整改完成情况 — what was done.' }) statement!: string;
}

@InputType('RequestExtensionInput', { description: 'An extension request (延期申请).' })
export class RequestExtensionInputType implements RequestExtensionInput {
  @Field(() => Int, { description: 'The task, which your unit leads.' }) taskId!: number;
  @Field(() => DateScalar, { description: 'The deadline asked for: after the current one, not in the past.' })
  proposedDeadline!: string;
  @Field(() => String, { description: 'Why.' }) reason!: string;
}

@InputType('ReviewRequestInput', { description: 'A review of a closure or extension request.' })
export class ReviewRequestInputType implements ReviewRequestInput {
  @Field(() => Int, { description: 'The request.' }) id!: number;
  @Field(() => Int, { description: 'The version of the request you read.' }) version!: number;
  @Field(() => ReviewDecision.object, { description: 'Approve (endorse) or reject.' })
  decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: 'Your comment; required when rejecting.' }) comment?:
    | string
    | null;
}

@InputType('WithdrawRequestInput', { description: 'A request to take back.' })
export class WithdrawRequestInputType implements WithdrawRequestInput {
  @Field(() => Int, { description: 'The request.' }) id!: number;
  @Field(() => Int, { description: 'The version of the request you read.' }) version!: number;
}

@InputType('ReopenTaskInput', { description: 'A look-back (回头看) reopening of a closed or ongoing task.' })
export class ReopenTaskInputType implements ReopenTaskInput {
  @Field(() => Int, { description: 'The task.' }) id!: number;
  @Field(() => Int, { description: 'The version of the task you read.' }) version!: number;
  @Field(() => String, { description: 'What the look-back found.' }) reason!: string;
  @Field(() => DateScalar, {
    description: 'The new deadline: not in the past; kept in the deadline history.',
  })
  deadline!: string;
}

@InputType('ResumeTaskInput', { description: 'A reopened task your unit takes back in hand.' })
export class ResumeTaskInputType {
  @Field(() => Int, { description: 'The task.' }) id!: number;
  @Field(() => Int, { description: 'The version of the task you read.' }) version!: number;
}

@InputType('MarkTaskOngoingInput', { description: 'A long-term task to mark basically done and continuing.' })
export class MarkTaskOngoingInputType implements MarkTaskOngoingInput {
  @Field(() => Int, { description: 'The task.' }) id!: number;
  @Field(() => Int, { description: 'The version of the task you read.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A note for the unit and the leader.' }) comment?:
    | string
    | null;
}

@InputType('UpdateWarningSettingsInput', { description: 'New warning lead times.' })
export class UpdateWarningSettingsInputType implements UpdateWarningSettingsInput {
  @Field(() => Int, { description: 'Yellow from this many days before the deadline (0–365).' })
  yellowDays!: number;
  @Field(() => [Int], { description: 'Reminders this many days before the deadline (1–5 values, 1–365).' })
  reminderDays!: number[];
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
}

@InputType('UpdateReportingSettingsInput', { description: 'A new reporting cadence.' })
export class UpdateReportingSettingsInputType {
  @Field(() => ReportingCadence.object, { description: 'How often units report.' })
  cadence!: ReportingCadence;
  @Field(() => Int, { description: 'The version you read.' }) version!: number;
}

@InputType('RequestFilter', { description: 'Which requests to list; every given condition must hold.' })
export class RequestFilterInput implements RequestFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these requests.' }) ids?: number[] | null;
  @Field(() => Int, { nullable: true, description: 'Requests on this task.' }) taskId?: number | null;
  @Field(() => [RequestStatus.object], { nullable: true, description: 'Any of these statuses.' })
  status?: RequestStatus[] | null;
  @Field(() => ReviewStep.object, {
    nullable: true,
    description:
      'Awaiting this step: ENDORSEMENT (including closures changed since endorsed) or APPROVAL (endorsement current).',
  })
  awaiting?: ReviewStep | null;
  @Field(() => Int, { nullable: true, description: 'Requests on tasks this unit leads.' }) leadUnitId?:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'Requests on tasks this leader is responsible for.' })
  leaderId?: number | null;
}
