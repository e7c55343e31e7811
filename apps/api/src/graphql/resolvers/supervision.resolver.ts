import {
  addFinding,
  createSupervisionGroup,
  followUpFinding,
  listFindings,
  listSupervisionGroups,
  listSupervisionVisits,
  listUnitFindings,
  readOne,
  recordSupervisionVisit,
  respondToFinding,
  todayOf,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  AddFindingInputType,
  CreateSupervisionGroupInputType,
  FindingFilterInput,
  FollowUpFindingInputType,
  RecordSupervisionVisitInputType,
  RespondToFindingInputType,
  SupervisionVisitFilterInput,
  UnitFindingFilterInput,
} from '../inputs/supervision.input.js';
import { writeThenRead } from '../mutation.js';
import { specOf } from '../selection.js';
import {
  FindingConnection,
  FindingPayload,
  FindingType,
  SupervisionGroupConnection,
  SupervisionGroupPayload,
  SupervisionVisitConnection,
  SupervisionVisitPayload,
  SupervisionVisitType,
  UnitFindingConnection,
  UnitFindingPayload,
  UnitFindingType,
} from '../types/supervision.type.js';
import { PageArgs, wantsTotal } from './list-args.js';

const INPUT = { description: 'What to write; see the input type.' };

/** Supervision: supervisors record, the office reads, the visited unit answers its own findings. */
@Resolver()
export class SupervisionResolver {
  @Authorized('supervision.read')
  @Query(() => SupervisionGroupConnection, { description: 'Supervision groups, by name.' })
  supervisionGroups(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listSupervisionGroups(ctx.services(), page, specOf(info, 'SupervisionGroup', ['nodes']), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('supervision.read')
  @Query(() => SupervisionVisitType, { nullable: true, description: 'One visit.' })
  supervisionVisit(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'SupervisionVisit', id, specOf(info, 'SupervisionVisit'));
  }

  @Authorized('supervision.read')
  @Query(() => SupervisionVisitConnection, { description: 'Visits, newest first.' })
  supervisionVisits(
    @Arg('filter', () => SupervisionVisitFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: SupervisionVisitFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listSupervisionVisits(
      ctx.services(),
      { filter, page },
      specOf(info, 'SupervisionVisit', ['nodes']),
      {
        withTotal: wantsTotal(info),
      },
    );
  }

  @Authorized('supervision.read')
  @Query(() => FindingConnection, { description: 'Findings, soonest response date first.' })
  findings(
    @Arg('filter', () => FindingFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: FindingFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listFindings(ctx.services(), { filter, page }, specOf(info, 'Finding', ['nodes']), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('supervision.respond')
  @Query(() => UnitFindingConnection, {
    description: 'The findings about your unit, soonest response date first.',
  })
  unitFindings(
    @Arg('filter', () => UnitFindingFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: UnitFindingFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listUnitFindings(ctx.services(), { filter, page }, specOf(info, 'UnitFinding', ['nodes']), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized(createSupervisionGroup.permission)
  @Mutation(() => SupervisionGroupPayload, { description: 'Create a supervision group.' })
  createSupervisionGroup(
    @Arg('input', () => CreateSupervisionGroupInputType, INPUT) input: CreateSupervisionGroupInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'group', 'SupervisionGroup', (s) => createSupervisionGroup(s, input));
  }

  @Authorized(recordSupervisionVisit.permission)
  @Mutation(() => SupervisionVisitPayload, { description: 'Record a visit to a unit, with its findings.' })
  recordSupervisionVisit(
    @Arg('input', () => RecordSupervisionVisitInputType, INPUT) input: RecordSupervisionVisitInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'visit', 'SupervisionVisit', (s) => recordSupervisionVisit(s, input));
  }

  @Authorized(addFinding.permission)
  @Mutation(() => FindingPayload, { description: 'Add a finding to a visit.' })
  addFinding(
    @Arg('input', () => AddFindingInputType, INPUT) input: AddFindingInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'finding', 'Finding', (s) => addFinding(s, input));
  }

  @Authorized(followUpFinding.permission)
  @Mutation(() => FindingPayload, {
    description: '跟进: close an answered finding, or return it for a new response.',
  })
  followUpFinding(
    @Arg('input', () => FollowUpFindingInputType, INPUT) input: FollowUpFindingInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'finding', 'Finding', (s) => followUpFinding(s, input));
  }

  @Authorized(respondToFinding.permission)
  @Mutation(() => UnitFindingPayload, { description: 'Answer a finding about your unit (整改反馈).' })
  respondToFinding(
    @Arg('input', () => RespondToFindingInputType, INPUT) input: RespondToFindingInputType,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return writeThenRead(ctx, info, 'finding', 'UnitFinding', (s) => respondToFinding(s, input));
  }
}

const overdue = (finding: { status: string; responseDue: string }, ctx: GraphQLContext) =>
  finding.status === 'OPEN' && finding.responseDue < todayOf(ctx.services());

@Resolver(() => FindingType)
export class FindingResolver {
  @FieldResolver(() => Boolean, { description: 'Awaiting a response past its date.' })
  overdue(@Root() finding: FindingType, @Ctx() ctx: GraphQLContext) {
    return overdue(finding, ctx);
  }
}

@Resolver(() => UnitFindingType)
export class UnitFindingResolver {
  @FieldResolver(() => Boolean, { description: 'Awaiting a response past its date.' })
  overdue(@Root() finding: UnitFindingType, @Ctx() ctx: GraphQLContext) {
    return overdue(finding, ctx);
  }
}
