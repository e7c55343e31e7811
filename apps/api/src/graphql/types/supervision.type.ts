import {
  type Finding,
  FindingStatus,
  FollowUpOutcome,
  type SupervisionGroup,
  SupervisionMethod,
  type SupervisionVisit,
} from '@rectify/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { domainEnum } from '../domain-enum.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { Connection } from './connection.js';
import { RelationField } from './decorators.js';
import type { Json } from './json.js';
import { TaskType } from './ledger.type.js';
import { UnitType } from './organisation.type.js';
import { Payload } from './payload.js';

// Supervision (督查): groups, their visits to units, and the findings the units answer.

domainEnum('SupervisionMethod', SupervisionMethod, 'How a visit was made.');
domainEnum(
  'FindingStatus',
  FindingStatus,
  "Where a finding stands: awaiting the unit's response, answered, settled.",
);
domainEnum('FollowUpOutcome', FollowUpOutcome, "What the supervisor's follow-up concludes.");

@ObjectType('SupervisionGroup', { description: '督查组 — a supervision group.', simpleResolvers: true })
export class SupervisionGroupType implements Json<SupervisionGroup> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'Its name, unique.' }) name!: string;
  @Field(() => String, { description: 'Its head.' }) headName!: string;
  @Field(() => DateTimeScalar, { description: 'When it was created.' }) createdAt!: string;
  @RelationField(() => [SupervisionVisitType], 'supervision.read', 'Its visits, newest first.', false)
  visits?: SupervisionVisitType[];
}

/** The fields every reader of a finding sees (a base class, not itself part of the schema). */
@ObjectType('FindingFields', { description: 'The fields of a finding.', simpleResolvers: true })
class FindingFields implements Json<Finding> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The visit that found it.' }) visitId!: number;
  @Field(() => Int, { nullable: true, description: 'The task it concerns, if any.' }) taskId!: number | null;
  @Field(() => String, { description: 'What was found.' }) text!: string;
  @Field(() => DateScalar, { description: 'When the unit must respond by.' }) responseDue!: string;
  @Field(() => String, { nullable: true, description: "The unit's latest response." }) response!:
    | string
    | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the unit last responded.' })
  respondedAt!: string | null;
  @Field(() => FindingStatus.object, { description: 'Where it stands.' }) status!: FindingStatus;
  @Field(() => DateTimeScalar, { description: 'When it was recorded.' }) createdAt!: string;
  @RelationField(() => TaskType, 'task.read', 'The task it concerns.') task?: TaskType | null;
}

@ObjectType('SupervisionVisit', {
  description: '督查 — a visit of a supervision group to a unit, with what it found.',
  simpleResolvers: true,
})
export class SupervisionVisitType implements Json<SupervisionVisit> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The group.' }) groupId!: number;
  @Field(() => Int, { description: 'The unit visited.' }) unitId!: number;
  @Field(() => DateScalar, { description: 'When.' }) visitDate!: string;
  @Field(() => SupervisionMethod.object, { description: 'How.' }) method!: SupervisionMethod;
  @Field(() => String, { description: 'What it saw.' }) summary!: string;
  @Field(() => Int, { nullable: true, description: 'Who recorded it.' }) createdById!: number | null;
  @Field(() => DateTimeScalar, { description: 'When it was recorded.' }) createdAt!: string;
  @RelationField(() => SupervisionGroupType, 'supervision.read', 'The group.')
  group?: SupervisionGroupType | null;
  @RelationField(() => UnitType, 'unit.read', 'The unit visited.') unit?: UnitType | null;
  @RelationField(() => [FindingType], 'supervision.read', 'What it found.', false) findings?: FindingType[];
}

@ObjectType('Finding', {
  description: '督查发现问题 — a finding, as supervisors and the office see it.',
  simpleResolvers: true,
})
export class FindingType extends FindingFields {
  @RelationField(() => SupervisionVisitType, 'supervision.read', 'The visit that found it.')
  visit?: SupervisionVisitType | null;
}

@ObjectType('UnitFinding', {
  description: 'A finding about your unit, as the unit sees it, with the visit it came from.',
  simpleResolvers: true,
})
export class UnitFindingType extends FindingFields {
  @Field(() => Int, { description: 'The unit visited (yours).' }) unitId!: number;
  @Field(() => DateScalar, { description: 'When the visit was.' }) visitDate!: string;
  @Field(() => SupervisionMethod.object, { description: 'How the visit was made.' })
  method!: SupervisionMethod;
  @Field(() => String, { description: 'What the visit saw.' }) visitSummary!: string;
  @Field(() => String, { description: 'The group that visited.' }) groupName!: string;
}

export const SupervisionGroupConnection = Connection(
  SupervisionGroupType,
  'SupervisionGroup',
  'A page of groups.',
);
export const SupervisionVisitConnection = Connection(
  SupervisionVisitType,
  'SupervisionVisit',
  'A page of visits.',
);
export const FindingConnection = Connection(FindingType, 'Finding', 'A page of findings.');
export const UnitFindingConnection = Connection(
  UnitFindingType,
  'UnitFinding',
  "A page of your unit's findings.",
);
export const SupervisionGroupPayload = Payload(
  SupervisionGroupType,
  'SupervisionGroup',
  'group',
  'The answer to creating a group.',
);
export const SupervisionVisitPayload = Payload(
  SupervisionVisitType,
  'SupervisionVisit',
  'visit',
  'The answer to recording a visit.',
);
export const FindingPayload = Payload(FindingType, 'Finding', 'finding', 'The answer to a finding mutation.');
export const UnitFindingPayload = Payload(
  UnitFindingType,
  'UnitFinding',
  'finding',
  "The answer to your unit's response.",
);
