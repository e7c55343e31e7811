import {
  approveClueDisclosure,
  assignClueLeader,
  concludeClueCase,
  confirmClueDuplicate,
  disposeClueCase,
  escalateClueCase,
  intakeClueCase,
  linkClueDuplicate,
  readClueCase,
  readClueDisclosureRequest,
  rejectClueDisclosure,
  reopenClueCase,
  requestClueDisclosure,
  routeClueCase,
  type ServiceContext,
  unlinkClueDuplicate,
  updateClueCase,
  withdrawClueDisclosure,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  AssignClueLeaderInputType,
  ClueDisclosureDecisionInputType,
  ClueDuplicateDecisionInputType,
  ConcludeClueCaseInputType,
  DisposeClueCaseInputType,
  EscalateClueCaseInputType,
  IntakeClueCaseInputType,
  LinkClueDuplicateInputType,
  ReopenClueCaseInputType,
  RequestClueDisclosureInputType,
  RouteClueCaseInputType,
  UpdateClueCaseInputType,
} from '../inputs/clue.input.js';
import { payload } from '../mutation.js';
import { specOf } from '../selection.js';
import { ClueCasePayload, ClueDisclosureRequestPayload } from '../types/clue.type.js';

const INPUT = { description: 'What to write; see the input type.' };

/** Runs a clue write, then reads the case back as a query would (identity for owners only, audited). */
function caseWrite(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  run: (s: ServiceContext) => Promise<{ id: number }>,
) {
  return payload('clueCase', ctx.locale, async () => {
    const services = ctx.services();
    const row = await run(services);
    return readClueCase(services, row.id, specOf(info, 'ClueCase', ['clueCase']));
  });
}

function disclosureWrite(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  run: (s: ServiceContext) => Promise<{ id: number }>,
) {
  return payload('clueDisclosureRequest', ctx.locale, async () => {
    const services = ctx.services();
    const row = await run(services);
    return readClueDisclosureRequest(
      services,
      row.id,
      specOf(info, 'ClueDisclosureRequest', ['clueDisclosureRequest']),
    );
  });
}

/** Clue case writes: every one needs clueCase.write, which only DISCIPLINE holds. */
@Resolver()
export class ClueMutationsResolver {
  @Authorized(intakeClueCase.permission)
  @Mutation(() => ClueCasePayload, {
    description:
      'Take in a petition report or problem clue; a second intake of the same clue is linked to the first.',
  })
  intakeClueCase(
    @Arg('input', () => IntakeClueCaseInputType, INPUT) input: IntakeClueCaseInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => intakeClueCase(s, input));
  }

  @Authorized(updateClueCase.permission)
  @Mutation(() => ClueCasePayload, { description: 'Correct an intake (identity: owners only).' })
  updateClueCase(
    @Arg('input', () => UpdateClueCaseInputType, INPUT) input: UpdateClueCaseInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => updateClueCase(s, input));
  }

  @Authorized(routeClueCase.permission)
  @Mutation(() => ClueCasePayload, { description: '归口处置: route the case to the responsible body.' })
  routeClueCase(
    @Arg('input', () => RouteClueCaseInputType, INPUT) input: RouteClueCaseInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => routeClueCase(s, input));
  }

  @Authorized(assignClueLeader.permission)
  @Mutation(() => ClueCasePayload, { description: '领导包案: name the owning leader.' })
  assignClueLeader(
    @Arg('input', () => AssignClueLeaderInputType, INPUT) input: AssignClueLeaderInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => assignClueLeader(s, input));
  }

  @Authorized(escalateClueCase.permission)
  @Mutation(() => ClueCasePayload, { description: '提级办理: a higher body takes the case over.' })
  escalateClueCase(
    @Arg('input', () => EscalateClueCaseInputType, INPUT) input: EscalateClueCaseInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => escalateClueCase(s, input));
  }

  @Authorized(disposeClueCase.permission)
  @Mutation(() => ClueCasePayload, {
    description: 'Dispose of the case by one of the five standard methods.',
  })
  disposeClueCase(
    @Arg('input', () => DisposeClueCaseInputType, INPUT) input: DisposeClueCaseInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => disposeClueCase(s, input));
  }

  @Authorized(concludeClueCase.permission)
  @Mutation(() => ClueCasePayload, {
    description: '办结: conclude an inquiry or verification with its outcome.',
  })
  concludeClueCase(
    @Arg('input', () => ConcludeClueCaseInputType, INPUT) input: ConcludeClueCaseInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => concludeClueCase(s, input));
  }

  @Authorized(reopenClueCase.permission)
  @Mutation(() => ClueCasePayload, { description: '重新启用: take a shelved case back into disposal.' })
  reopenClueCase(
    @Arg('input', () => ReopenClueCaseInputType, INPUT) input: ReopenClueCaseInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => reopenClueCase(s, input));
  }

  @Authorized(linkClueDuplicate.permission)
  @Mutation(() => ClueCasePayload, {
    description: 'Link a case as a duplicate of the first intake of the same clue.',
  })
  linkClueDuplicate(
    @Arg('input', () => LinkClueDuplicateInputType, INPUT) input: LinkClueDuplicateInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => linkClueDuplicate(s, input));
  }

  @Authorized(confirmClueDuplicate.permission)
  @Mutation(() => ClueCasePayload, { description: 'Confirm a duplicate link found at intake.' })
  confirmClueDuplicate(
    @Arg('input', () => ClueDuplicateDecisionInputType, INPUT) input: ClueDuplicateDecisionInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => confirmClueDuplicate(s, input));
  }

  @Authorized(unlinkClueDuplicate.permission)
  @Mutation(() => ClueCasePayload, { description: 'Undo a duplicate link: the case is counted on its own.' })
  unlinkClueDuplicate(
    @Arg('input', () => ClueDuplicateDecisionInputType, INPUT) input: ClueDuplicateDecisionInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return caseWrite(ctx, info, (s) => unlinkClueDuplicate(s, input));
  }

  @Authorized(requestClueDisclosure.permission)
  @Mutation(() => ClueDisclosureRequestPayload, {
    description: "Ask that a case's identity be disclosed to a DISCIPLINE user; a second owner decides.",
  })
  requestClueDisclosure(
    @Arg('input', () => RequestClueDisclosureInputType, INPUT) input: RequestClueDisclosureInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return disclosureWrite(ctx, info, (s) => requestClueDisclosure(s, input));
  }

  @Authorized(approveClueDisclosure.permission)
  @Mutation(() => ClueDisclosureRequestPayload, {
    description:
      'Approve a disclosure (an owner other than the requester and grantee): the grantee becomes an owner.',
  })
  approveClueDisclosure(
    @Arg('input', () => ClueDisclosureDecisionInputType, INPUT) input: ClueDisclosureDecisionInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return disclosureWrite(ctx, info, (s) => approveClueDisclosure(s, input));
  }

  @Authorized(rejectClueDisclosure.permission)
  @Mutation(() => ClueDisclosureRequestPayload, { description: 'Reject a disclosure, saying why.' })
  rejectClueDisclosure(
    @Arg('input', () => ClueDisclosureDecisionInputType, INPUT) input: ClueDisclosureDecisionInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return disclosureWrite(ctx, info, (s) => rejectClueDisclosure(s, input));
  }

  @Authorized(withdrawClueDisclosure.permission)
  @Mutation(() => ClueDisclosureRequestPayload, { description: 'Withdraw a disclosure request you made.' })
  withdrawClueDisclosure(
    @Arg('input', () => ClueDisclosureDecisionInputType, INPUT) input: ClueDisclosureDecisionInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return disclosureWrite(ctx, info, (s) => withdrawClueDisclosure(s, input));
  }
}
