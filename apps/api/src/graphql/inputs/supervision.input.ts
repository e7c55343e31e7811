import { FindingStatus, FollowUpOutcome, SupervisionMethod } from '@rectify/domain';
import type {
  AddFindingInput,
  CreateSupervisionGroupInput,
  FindingDraft,
  FindingFilter,
  FollowUpFindingInput,
  RecordSupervisionVisitInput,
  RespondToFindingInput,
  SupervisionVisitFilter,
} from '@rectify/services';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../scalars.js';

@InputType('CreateSupervisionGroupInput', { description: 'A new supervision group.' })
export class CreateSupervisionGroupInputType implements CreateSupervisionGroupInput {
  @Field(() => String, { description: 'Its name, unique.' }) name!: string;
  @Field(() => String, { description: 'Its head.' }) headName!: string;
}

@InputType('FindingDraftInput', { description: 'A finding of a visit.' })
export class FindingDraftInputType implements FindingDraft {
  @Field(() => String, { description: 'What was found.' }) text!: string;
  @Field(() => DateScalar, { description: 'When the unit must respond by (not before the visit).' })
  responseDue!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The task it concerns: one the unit leads or co-operates on.',
  })
  taskId?: number | null;
}

@InputType('RecordSupervisionVisitInput', { description: 'A visit of a group to a unit, with its findings.' })
export class RecordSupervisionVisitInputType implements RecordSupervisionVisitInput {
  @Field(() => Int, { description: 'The group.' }) groupId!: number;
  @Field(() => Int, { description: 'The unit visited.' }) unitId!: number;
  @Field(() => DateScalar, { description: 'When.' }) visitDate!: string;
  @Field(() => SupervisionMethod.object, { description: 'How.' }) method!: SupervisionMethod;
  @Field(() => String, { description: 'What it saw.' }) summary!: string;
  @Field(() => [FindingDraftInputType], { nullable: true, description: 'What it found.' }) findings?:
    | FindingDraftInputType[]
    | null;
}

@InputType('AddFindingInput', { description: 'A further finding of a visit.' })
export class AddFindingInputType extends FindingDraftInputType implements AddFindingInput {
  @Field(() => Int, { description: 'The visit.' }) visitId!: number;
}

@InputType('RespondToFindingInput', { description: "Your unit's response to a finding." })
export class RespondToFindingInputType implements RespondToFindingInput {
  @Field(() => Int, { description: 'The finding.' }) id!: number;
  @Field(() => String, { description: 'What was done.' }) response!: string;
}

@InputType('FollowUpFindingInput', { description: "A supervisor's follow-up of an answered finding." })
export class FollowUpFindingInputType implements FollowUpFindingInput {
  @Field(() => Int, { description: 'The finding.' }) id!: number;
  @Field(() => FollowUpOutcome.object, { description: 'Close it, or return it for a new response.' })
  outcome!: FollowUpOutcome;
  @Field(() => String, { nullable: true, description: 'The follow-up; required when returning.' }) comment?:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'When returning: the new response date.' })
  responseDue?: string | null;
}

@InputType('SupervisionVisitFilter', { description: 'Which visits to list.' })
export class SupervisionVisitFilterInput implements SupervisionVisitFilter {
  @Field(() => Int, { nullable: true, description: 'Visits of this group.' }) groupId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Visits to this unit.' }) unitId?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'On or after this day.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'On or before this day.' }) to?: string | null;
}

@InputType('FindingFilter', { description: 'Which findings to list.' })
export class FindingFilterInput implements FindingFilter {
  @Field(() => Int, { nullable: true, description: 'Findings of this visit.' }) visitId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Findings about this unit.' }) unitId?: number | null;
  @Field(() => [FindingStatus.object], { nullable: true, description: 'Any of these statuses.' }) status?:
    | FindingStatus[]
    | null;
  @Field(() => Boolean, { nullable: true, description: 'Awaiting a response past its date (or not).' })
  overdue?: boolean | null;
}

@InputType('UnitFindingFilter', { description: "Which of your unit's findings to list." })
export class UnitFindingFilterInput {
  @Field(() => [FindingStatus.object], { nullable: true, description: 'Any of these statuses.' }) status?:
    | FindingStatus[]
    | null;
  @Field(() => Boolean, { nullable: true, description: 'Awaiting a response past its date (or not).' })
  overdue?: boolean | null;
}
