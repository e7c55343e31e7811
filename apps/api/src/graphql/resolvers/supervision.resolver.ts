import {
  listFindings,
  listSupervisionGroups,
  listSupervisionVisits,
  listUnitFindings,
  readOne,
  todayOf,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  FindingFilterInput,
  SupervisionVisitFilterInput,
  UnitFindingFilterInput,
} from '../inputs/supervision.input.js';
import { specOf } from '../selection.js';
import {
  FindingConnection,
  FindingType,
  SupervisionGroupConnection,
  SupervisionVisitConnection,
  SupervisionVisitType,
  UnitFindingConnection,
  UnitFindingType,
} from '../types/supervision.type.js';
import { PageArgs, wantsTotal } from './list-args.js';

/** Supervision's reads; its writes are in supervision-mutations.resolver.ts. */
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
