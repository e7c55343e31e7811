import {
  ClueDisclosureStatus,
  ClueKind,
  ClueOutcome,
  ClueSource,
  ClueStatus,
  DisposalMethod,
  WarningLevel,
} from '@rectify/domain';
import {
  type AssignClueLeaderInput,
  CLUE_CASE_ORDER_FIELDS,
  type ClueCaseFilter,
  type ClueDisclosureDecisionInput,
  type ClueDisclosureRequestFilter,
  type ClueDuplicateDecisionInput,
  type ClueFiguresFilter,
  type ConcludeClueCaseInput,
  type DisposeClueCaseInput,
  type EscalateClueCaseInput,
  type IntakeClueCaseInput,
  type LinkClueDuplicateInput,
  type ReopenClueCaseInput,
  type RequestClueDisclosureInput,
  type RouteClueCaseInput,
  type UpdateClueCaseInput,
} from '@rectify/services';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../enums.js';
import { DateScalar } from '../scalars.js';

// The inputs of the clue operations implement the services' input types: the compiler keeps both in step.

const VERSION = 'The version you read.';
const NOTE = 'What to note in the history (never put an identity here).';

@InputType('IntakeClueCaseInput', { description: 'A petition report or problem clue to take in.' })
export class IntakeClueCaseInputType implements IntakeClueCaseInput {
  @Field(() => Int, { nullable: true, description: 'The inspection; required for INSPECTION_TRANSFER.' })
  inspectionId?: number | null;
  @Field(() => ClueSource.object, { description: 'Where it came from.' }) source!: ClueSource;
  @Field(() => ClueKind.object, { description: 'Petition report or problem clue.' }) kind!: ClueKind;
  @Field(() => DateScalar, { description: 'When it was received (decides the serial year).' })
  receivedDate!: string;
  @Field(() => String, { description: '反映事项.' }) summary!: string;
  @Field(() => String, { description: '被反映人 — confidential.' }) subject!: string;
  @Field(() => String, { nullable: true, description: '举报人 — confidential; omit when anonymous.' })
  informant?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '办理时限, if set at intake.' }) deadline?:
    | string
    | null;
  @Field(() => [Int], {
    nullable: true,
    description: 'Other DISCIPLINE handlers who own the case with you (owners alone read the identity).',
  })
  ownerUserIds?: number[] | null;
  @Field(() => String, { nullable: true, description: NOTE }) note?: string | null;
}

@InputType('UpdateClueCaseInput', {
  description: 'Corrections to an intake; omitted fields stay as they are.',
})
export class UpdateClueCaseInputType implements UpdateClueCaseInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => DateScalar, { nullable: true, description: 'When it was received.' }) receivedDate?: string;
  @Field(() => String, { nullable: true, description: '反映事项.' }) summary?: string;
  @Field(() => String, { nullable: true, description: '被反映人 — owners only.' }) subject?: string;
  @Field(() => String, { nullable: true, description: '举报人 — owners only.' }) informant?: string | null;
  @Field(() => String, { nullable: true, description: NOTE }) note?: string | null;
}

@InputType('RouteClueCaseInput', { description: '归口处置: the body responsible for the case.' })
export class RouteClueCaseInputType implements RouteClueCaseInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => Int, { description: 'The responsible body (a unit).' }) routedToUnitId!: number;
  @Field(() => DateScalar, { nullable: true, description: '办理时限; omitted keeps the current one.' })
  deadline?: string | null;
  @Field(() => String, { nullable: true, description: NOTE }) note?: string | null;
}

@InputType('AssignClueLeaderInput', { description: '领导包案: the leader who owns the case.' })
export class AssignClueLeaderInputType implements AssignClueLeaderInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => Int, { nullable: true, description: 'The leader; null removes the assignment.' })
  owningLeaderId!: number | null;
  @Field(() => String, { nullable: true, description: NOTE }) note?: string | null;
}

@InputType('EscalateClueCaseInput', { description: '提级办理: a higher body takes the case over.' })
export class EscalateClueCaseInputType implements EscalateClueCaseInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => Int, { nullable: true, description: 'The higher body; omitted keeps the responsible body.' })
  routedToUnitId?: number | null;
  @Field(() => Int, { nullable: true, description: 'The owning leader; omitted keeps the current one.' })
  owningLeaderId?: number | null;
  @Field(() => String, { description: 'Why it is escalated.' }) note!: string;
}

@InputType('DisposeClueCaseInput', { description: 'Disposal by one of the five standard methods.' })
export class DisposeClueCaseInputType implements DisposeClueCaseInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => DisposalMethod.object, { description: 'The method.' }) method!: DisposalMethod;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Required for an inquiry or verification; a review date when shelving; none when ending the case.',
  })
  deadline?: string | null;
  @Field(() => ClueOutcome.object, { nullable: true, description: 'When closing without action or filing.' })
  outcome?: ClueOutcome | null;
  @Field(() => String, { nullable: true, description: 'When closing without action or filing: sanctions.' })
  sanctions?: string | null;
  @Field(() => String, { nullable: true, description: NOTE }) note?: string | null;
}

@InputType('ConcludeClueCaseInput', { description: '办结: the conclusion of an inquiry or verification.' })
export class ConcludeClueCaseInputType implements ConcludeClueCaseInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => ClueOutcome.object, { description: 'What was found.' }) outcome!: ClueOutcome;
  @Field(() => String, { nullable: true, description: '处理处分情况.' }) sanctions?: string | null;
  @Field(() => String, { nullable: true, description: NOTE }) note?: string | null;
}

@InputType('ReopenClueCaseInput', { description: '重新启用: a shelved case back into disposal.' })
export class ReopenClueCaseInputType implements ReopenClueCaseInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => DisposalMethod.object, { description: 'TALK_OR_LETTER_INQUIRY or PRELIMINARY_VERIFICATION.' })
  method!: DisposalMethod;
  @Field(() => DateScalar, { description: 'The new deadline.' }) deadline!: string;
  @Field(() => String, { description: 'Why it is reopened.' }) note!: string;
}

@InputType('LinkClueDuplicateInput', { description: 'Links a case to the first intake of the same clue.' })
export class LinkClueDuplicateInputType implements LinkClueDuplicateInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => Int, { description: 'The first intake (a duplicate given stands for its first intake).' })
  duplicateOfId!: number;
  @Field(() => String, { nullable: true, description: NOTE }) note?: string | null;
}

@InputType('ClueDuplicateDecisionInput', { description: 'Confirms or undoes a duplicate link.' })
export class ClueDuplicateDecisionInputType implements ClueDuplicateDecisionInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => String, { nullable: true, description: NOTE }) note?: string | null;
}

@InputType('RequestClueDisclosureInput', {
  description: "A request to disclose a case's identity to a user.",
})
export class RequestClueDisclosureInputType implements RequestClueDisclosureInput {
  @Field(() => Int, { description: 'The case.' }) clueCaseId!: number;
  @Field(() => Int, { description: 'The DISCIPLINE user who would learn the identity (may be you).' })
  granteeUserId!: number;
  @Field(() => String, { description: 'Why.' }) reason!: string;
}

@InputType('ClueDisclosureDecisionInput', { description: 'A decision on a disclosure request.' })
export class ClueDisclosureDecisionInputType implements ClueDisclosureDecisionInput {
  @Field(() => Int) id!: number;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => String, { nullable: true, description: 'The comment (required to reject).' }) comment?:
    | string
    | null;
}

@InputType('ClueCaseFilter', { description: 'Which clue cases to list; every given condition must hold.' })
export class ClueCaseFilterInput implements ClueCaseFilter {
  @Field(() => [Int], { nullable: true, description: 'Only these cases.' }) ids?: number[] | null;
  @Field(() => Int, { nullable: true, description: 'Transferred by this inspection.' }) inspectionId?:
    | number
    | null;
  @Field(() => [ClueSource.object], { nullable: true, description: 'Any of these sources.' }) source?:
    | ClueSource[]
    | null;
  @Field(() => [ClueKind.object], { nullable: true, description: 'Any of these kinds.' }) kind?:
    | ClueKind[]
    | null;
  @Field(() => [ClueStatus.object], { nullable: true, description: 'Any of these statuses.' }) status?:
    | ClueStatus[]
    | null;
  @Field(() => Int, { nullable: true, description: 'Routed to this body.' }) routedToUnitId?: number | null;
  @Field(() => Int, { nullable: true, description: 'Owned by this leader.' }) owningLeaderId?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Escalated (or not).' }) escalated?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Linked as a duplicate (or not).' }) duplicate?:
    | boolean
    | null;
  @Field(() => Boolean, { nullable: true, description: 'Cases you own (or do not).' }) ownedByMe?:
    | boolean
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'Received on or after.' }) receivedFrom?:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'Received on or before.' }) receivedTo?:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline on or after.' }) deadlineFrom?:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline on or before.' }) deadlineTo?:
    | string
    | null;
  @Field(() => Boolean, { nullable: true, description: 'Open and past the deadline (or the opposite).' })
  overdue?: boolean | null;
  @Field(() => [WarningLevel.object], {
    nullable: true,
    description: 'Any of these warning colours, as of today.',
  })
  warning?: WarningLevel[] | null;
  @Field(() => String, { nullable: true, description: 'Text in the serial or summary (never the identity).' })
  search?: string | null;
}

const clueCaseOrderField = Object.fromEntries(Object.keys(CLUE_CASE_ORDER_FIELDS).map((k) => [k, k])) as {
  [K in keyof typeof CLUE_CASE_ORDER_FIELDS]: K;
};
registerEnumType(clueCaseOrderField, {
  name: 'ClueCaseOrderField',
  description: 'What clue case lists can be sorted by.',
  valuesConfig: {
    SERIAL: { description: 'Sort by serial.' },
    RECEIVED_DATE: { description: 'Sort by received date.' },
    DEADLINE: { description: 'Sort by deadline.' },
    STATUS: { description: 'Sort by status.' },
    UPDATED_AT: { description: 'Sort by last change.' },
  },
});

@InputType('ClueCaseOrder', { description: 'How to sort clue case lists (default SERIAL).' })
export class ClueCaseOrder {
  @Field(() => clueCaseOrderField, { description: 'The field to sort by.' })
  field!: keyof typeof CLUE_CASE_ORDER_FIELDS;
  @Field(() => SortDirection.object, { nullable: true, description: 'ASC (default) or DESC.' })
  direction?: 'ASC' | 'DESC' | null;
}

@InputType('ClueDisclosureRequestFilter', { description: 'Which disclosure requests to list.' })
export class ClueDisclosureRequestFilterInput implements ClueDisclosureRequestFilter {
  @Field(() => Int, { nullable: true, description: 'Of this case.' }) clueCaseId?: number | null;
  @Field(() => [ClueDisclosureStatus.object], { nullable: true, description: 'Any of these statuses.' })
  status?: ClueDisclosureStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Pending requests you may decide.' })
  awaitingMyDecision?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Requests you made.' }) requestedByMe?: boolean | null;
}

@InputType('ClueFiguresFilter', { description: 'Which clue cases the figures count.' })
export class ClueFiguresFilterInput implements ClueFiguresFilter {
  @Field(() => Int, { nullable: true, description: 'Transferred by this inspection.' }) inspectionId?:
    | number
    | null;
  @Field(() => [ClueSource.object], { nullable: true, description: 'Any of these sources.' }) source?:
    | ClueSource[]
    | null;
  @Field(() => [ClueKind.object], { nullable: true, description: 'Any of these kinds.' }) kind?:
    | ClueKind[]
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'Received on or after.' }) receivedFrom?:
    | string
    | null;
  @Field(() => DateScalar, { nullable: true, description: 'Received on or before.' }) receivedTo?:
    | string
    | null;
}
