import type { clueCaseEvents } from '@rectify/db';
import {
  type ClueCase,
  ClueDisclosureStatus,
  ClueEvent,
  ClueHistoryAction,
  ClueKind,
  ClueOutcome,
  ClueSource,
  ClueStatus,
  DisposalMethod,
  DuplicateState,
  type Rate,
  type User,
} from '@rectify/domain';
import type { ClueDisclosureRequestRow, ClueFigureCounts } from '@rectify/services';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { domainEnum } from '../domain-enum.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';
import { Connection } from './connection.js';
import { RelationField } from './decorators.js';
import type { Json } from './json.js';
import { InspectionType } from './ledger.type.js';
import { LeaderType, UnitType } from './organisation.type.js';
import { Payload } from './payload.js';

// Clue cases (问题线索/信访举报件): the whole of this schema is for DISCIPLINE only. Subject and informant
// are answered only for the reader's own cases; every such answer is audited.

domainEnum('ClueSource', ClueSource, 'Where a clue case came from.');
domainEnum('ClueKind', ClueKind, 'A petition report (信访举报件) or a problem clue (问题线索).');
domainEnum('ClueStatus', ClueStatus, "A clue case's place in its lifecycle.");
domainEnum('ClueEvent', ClueEvent, 'A move of the clue lifecycle.');
domainEnum('DisposalMethod', DisposalMethod, 'The five standard disposal methods (问题线索处置方式).');
domainEnum('ClueOutcome', ClueOutcome, 'What the disposal found.');
domainEnum('ClueHistoryAction', ClueHistoryAction, 'A step in the history of a clue case.');
domainEnum('DuplicateState', DuplicateState, "A duplicate's link to its first intake.");
domainEnum('ClueDisclosureStatus', ClueDisclosureStatus, 'Where an identity disclosure request stands.');

@ObjectType('ClueOwner', {
  description: 'A DISCIPLINE user who owns (handles) a clue case.',
  simpleResolvers: true,
})
export class ClueOwnerType implements Pick<User, 'id' | 'displayName'> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'Name shown in the console.' }) displayName!: string;
}

@ObjectType('ClueCaseEvent', {
  description:
    'One step of the history (处置过程) of a clue case. It never holds the subject or the informant.',
  simpleResolvers: true,
})
export class ClueCaseEventType implements Json<typeof clueCaseEvents.$inferSelect> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The case.' }) clueCaseId!: number;
  @Field(() => ClueHistoryAction.object, { description: 'What happened.' }) action!: ClueHistoryAction;
  @Field(() => ClueStatus.object, { nullable: true, description: 'The status before (null at intake).' })
  fromStatus!: ClueStatus | null;
  @Field(() => ClueStatus.object, { nullable: true, description: 'The status after.' })
  toStatus!: ClueStatus | null;
  @Field(() => DisposalMethod.object, { nullable: true, description: 'The disposal method set.' })
  disposalMethod!: DisposalMethod | null;
  @Field(() => DateScalar, { nullable: true, description: 'The deadline set.' }) deadline!: string | null;
  @Field(() => ClueOutcome.object, { nullable: true, description: 'The outcome found.' })
  outcome!: ClueOutcome | null;
  @Field(() => Int, { nullable: true, description: 'The body routed or escalated to.' }) unitId!:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'The owning leader assigned.' }) leaderId!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The first intake a duplicate was linked to or unlinked from.',
  })
  relatedClueCaseId!: number | null;
  @Field(() => String, { nullable: true, description: 'The serial of that case.' }) relatedSerial!:
    | string
    | null;
  @Field(() => Int, { nullable: true, description: 'The user an identity disclosure concerns.' })
  relatedUserId!: number | null;
  @Field(() => String, { nullable: true, description: "That user's name." }) relatedUserName!: string | null;
  @Field(() => String, { nullable: true, description: 'What the operator noted.' }) note!: string | null;
  @Field(() => Int, { nullable: true, description: 'Who acted; null for the system.' }) actorUserId!:
    | number
    | null;
  @Field(() => String, { nullable: true, description: "The actor's name." }) actorName!: string | null;
  @Field(() => DateTimeScalar, { description: 'When.' }) at!: string;
  @RelationField(() => UnitType, 'unit.read', 'The body routed or escalated to.') unit?: UnitType | null;
  @RelationField(() => LeaderType, 'leader.read', 'The owning leader assigned.') leader?: LeaderType | null;
}

@ObjectType('ClueCase', {
  description:
    '问题线索/信访举报件 — a petition report or problem clue and its disposal. For DISCIPLINE only; subject and ' +
    "informant only for the case's owners, and every read of them is audited.",
  simpleResolvers: true,
})
export class ClueCaseType implements Json<Omit<ClueCase, 'subject' | 'informant'>> {
  @Field(() => Int) id!: number;
  @Field(() => String, {
    description: 'Serial per kind and year of receipt: XF-2018-0001 (petition), XS-… (clue).',
  })
  serial!: string;
  @Field(() => Int, { nullable: true, description: 'The inspection that transferred it.' }) inspectionId!:
    | number
    | null;
  @Field(() => ClueSource.object, { description: 'Where it came from.' }) source!: ClueSource;
  @Field(() => ClueKind.object, { description: 'Petition report or problem clue.' }) kind!: ClueKind;
  @Field(() => DateScalar, { description: 'When it was received.' }) receivedDate!: string;
  @Field(() => String, { description: '反映事项 — what is reported.' }) summary!: string;
  @Field(() => String, {
    nullable: true,
    description: '被反映人 — confidential: null unless you own the case; reading it is audited.',
  })
  subject!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '举报人 — confidential: null unless you own the case (or anonymous); reading it is audited.',
  })
  informant!: string | null;
  @Field(() => Int, { nullable: true, description: '归口 — the responsible body.' }) routedToUnitId!:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: '包案领导 — the owning leader.' }) owningLeaderId!:
    | number
    | null;
  @Field(() => Boolean, { description: '提级办理 — taken over by a higher body.' }) escalated!: boolean;
  @Field(() => DisposalMethod.object, {
    nullable: true,
    description: 'The current or final disposal method.',
  })
  disposalMethod!: DisposalMethod | null;
  @Field(() => ClueStatus.object, { description: 'Where the case stands.' }) status!: ClueStatus;
  @Field(() => ClueOutcome.object, { nullable: true, description: 'What the disposal found.' })
  outcome!: ClueOutcome | null;
  @Field(() => String, { nullable: true, description: '处理处分情况 — sanctions imposed.' }) sanctions!:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: '办理时限 — the deadline.' }) deadline!:
    | string
    | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The first intake of the same clue; a duplicate is not counted.',
  })
  duplicateOfId!: number | null;
  @Field(() => DuplicateState.object, {
    nullable: true,
    description: "A duplicate's link: suspected (found at intake) or confirmed; null when not a duplicate.",
  })
  duplicateState!: DuplicateState | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was concluded or filed.' }) closedAt!:
    | string
    | null;
  @Field(() => [Int], { description: 'The owners (承办人), who alone read the identity.' })
  ownerUserIds!: number[];
  @Field(() => [ClueOwnerType], { description: 'The owners, named.' }) owners!: ClueOwnerType[];
  @Field(() => DateTimeScalar, { description: 'When it was taken in.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with a change.' })
  version!: number;

  @RelationField(() => InspectionType, 'inspection.read', 'The inspection that transferred it.')
  inspection?: InspectionType | null;
  @RelationField(() => UnitType, 'unit.read', '归口 — the responsible body.') routedTo?: UnitType | null;
  @RelationField(() => LeaderType, 'leader.read', '包案领导 — the owning leader.')
  owningLeader?: LeaderType | null;
  @RelationField(() => ClueCaseType, 'clueCase.read', 'The first intake this case duplicates.')
  duplicateOf?: ClueCaseType | null;
  @RelationField(
    () => [ClueCaseType],
    'clueCase.read',
    'Later intakes linked to this one as duplicates.',
    false,
  )
  duplicates?: ClueCaseType[];
  @RelationField(() => [ClueCaseEventType], 'clueCase.read', 'Its history, oldest first.', false)
  history?: ClueCaseEventType[];
  @RelationField(
    () => [ClueDisclosureRequestType],
    'clueCase.read',
    'Requests to disclose its identity, newest first.',
    false,
  )
  disclosureRequests?: ClueDisclosureRequestType[];
}

@ObjectType('ClueDisclosureRequest', {
  description:
    "A request to disclose a case's identity to another DISCIPLINE user, decided by a second owner.",
  simpleResolvers: true,
})
export class ClueDisclosureRequestType implements Json<ClueDisclosureRequestRow> {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: 'The case.' }) clueCaseId!: number;
  @Field(() => Int, { description: 'Who would learn the identity.' }) granteeUserId!: number;
  @Field(() => String, { nullable: true, description: "The grantee's name." }) granteeName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Who asked.' }) requestedById!: number | null;
  @Field(() => String, { nullable: true, description: "The requester's name." }) requestedByName!:
    | string
    | null;
  @Field(() => String, { description: 'Why.' }) reason!: string;
  @Field(() => ClueDisclosureStatus.object, { description: 'Where it stands.' })
  status!: ClueDisclosureStatus;
  @Field(() => Int, { nullable: true, description: 'The owner who decided.' }) decidedById!: number | null;
  @Field(() => String, { nullable: true, description: "The decider's name." }) decidedByName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was decided.' }) decidedAt!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'The decision comment.' }) decisionComment!:
    | string
    | null;
  @Field(() => DateTimeScalar, { description: 'When it was asked.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'When it was last changed.' }) updatedAt!: string;
  @Field(() => Int, { description: 'Optimistic-concurrency version: send it back with a decision.' })
  version!: number;
  @RelationField(() => ClueCaseType, 'clueCase.read', 'The case.') clueCase?: ClueCaseType | null;
}

export const ClueCaseConnection = Connection(ClueCaseType, 'ClueCase', 'A page of clue cases.');
export const ClueDisclosureRequestConnection = Connection(
  ClueDisclosureRequestType,
  'ClueDisclosureRequest',
  'A page of identity disclosure requests.',
);
export const ClueCasePayload = Payload(
  ClueCaseType,
  'ClueCase',
  'clueCase',
  'The answer to a clue case mutation.',
);
export const ClueDisclosureRequestPayload = Payload(
  ClueDisclosureRequestType,
  'ClueDisclosureRequest',
  'clueDisclosureRequest',
  'The answer to an identity disclosure mutation.',
);

@ObjectType('ClueRate', { description: 'A rate kept as both counts.', simpleResolvers: true })
export class ClueRateType implements Rate {
  @Field(() => Int, { description: 'The part.' }) part!: number;
  @Field(() => Int, { description: 'The whole.' }) whole!: number;
  @Field(() => Float, { nullable: true, description: 'part / whole, 0–1; null when the whole is 0.' })
  value!: number | null;
  @Field(() => String, { description: 'As printed, e.g. 87.2%; — when the whole is 0.' }) percent!: string;
}

@ObjectType('ClueFigureCounts', {
  description: 'The clue figures of a set of cases; duplicates are never counted in `received`.',
  simpleResolvers: true,
})
export class ClueFigureCountsType implements ClueFigureCounts {
  @Field(() => Int, { description: 'Received (duplicates excluded).' }) received!: number;
  @Field(() => Int, { description: 'Concluded (办结).' }) concluded!: number;
  @Field(() => Int, { description: 'Filed as cases (立案).' }) caseFiled!: number;
  @Field(() => Int, { description: 'Substantiated fully or partly.' }) substantiated!: number;
  @Field(() => Int, { description: 'Neither concluded nor filed yet.' }) underWay!: number;
  @Field(() => Int, { description: 'Duplicate intakes, linked to a first intake and not counted.' })
  duplicates!: number;
  @Field(() => ClueRateType, { description: '办结率 — concluded / received.' }) completionRate!: ClueRateType;
  @Field(() => ClueRateType, { description: '成案率 — filed / received.' }) caseFilingRate!: ClueRateType;
  @Field(() => ClueRateType, { description: '查实率 — substantiated / cases with an outcome.' })
  substantiationRate!: ClueRateType;
}

@ObjectType('ClueSourceFigures', { description: 'The figures of one source.', simpleResolvers: true })
export class ClueSourceFiguresType extends ClueFigureCountsType {
  @Field(() => ClueSource.object, { description: 'The source.' }) source!: ClueSource;
}

@ObjectType('ClueKindFigures', { description: 'The figures of one kind.', simpleResolvers: true })
export class ClueKindFiguresType extends ClueFigureCountsType {
  @Field(() => ClueKind.object, { description: 'The kind.' }) kind!: ClueKind;
}

@ObjectType('ClueSourceKindFigures', {
  description: 'The figures of one source and kind.',
  simpleResolvers: true,
})
export class ClueSourceKindFiguresType extends ClueFigureCountsType {
  @Field(() => ClueSource.object, { description: 'The source.' }) source!: ClueSource;
  @Field(() => ClueKind.object, { description: 'The kind.' }) kind!: ClueKind;
}

@ObjectType('ClueBodyFigures', { description: 'The figures of one responsible body.', simpleResolvers: true })
export class ClueBodyFiguresType extends ClueFigureCountsType {
  @Field(() => Int, { nullable: true, description: 'The body; null for cases not yet routed.' }) unitId!:
    | number
    | null;
  @Field(() => String, { nullable: true, description: "The body's name." }) unitName!: string | null;
}

@ObjectType('ClueFigures', {
  description:
    '办结率、成案率、查实率 of clue cases, in total, per source, per kind and per responsible body.',
  simpleResolvers: true,
})
export class ClueFiguresType {
  @Field(() => ClueFigureCountsType, { description: 'All the cases filtered.' }) total!: ClueFigureCountsType;
  @Field(() => [ClueSourceFiguresType], { description: 'Per source, every source.' })
  bySource!: ClueSourceFiguresType[];
  @Field(() => [ClueKindFiguresType], { description: 'Per kind, every kind.' })
  byKind!: ClueKindFiguresType[];
  @Field(() => [ClueSourceKindFiguresType], { description: 'Per source and kind, those that occur.' })
  bySourceAndKind!: ClueSourceKindFiguresType[];
  @Field(() => [ClueBodyFiguresType], { description: 'Per responsible body, most received first.' })
  byBody!: ClueBodyFiguresType[];
}
