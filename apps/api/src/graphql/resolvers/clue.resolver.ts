import {
  allowedEvents,
  ClueEvent,
  clueLifecycle,
  DEFAULT_WARNING_SETTINGS,
  formatPercent,
  type Rate,
  WarningLevel,
} from '@rectify/domain';
import {
  type ClueFigureCounts,
  clueDaysLeft,
  clueWarningLevel,
  getClueFigures,
  listClueCases,
  listClueDisclosureRequests,
  listClueHandlers,
  listClueReminders,
  readClueCase,
  todayOf,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  ClueCaseFilterInput,
  ClueCaseOrder,
  ClueDisclosureRequestFilterInput,
  ClueFiguresFilterInput,
} from '../inputs/clue.input.js';
import { specOf } from '../selection.js';
import {
  ClueCaseConnection,
  ClueCaseType,
  ClueDisclosureRequestConnection,
  type ClueFigureCountsType,
  ClueFiguresType,
  ClueOwnerType,
  type ClueRateType,
} from '../types/clue.type.js';
import { PageArgs, wantsTotal } from './list-args.js';

const rateOf = (r: Rate): ClueRateType => ({ ...r, percent: formatPercent(r) });

const countsOf = (c: ClueFigureCounts): ClueFigureCountsType => ({
  ...c,
  completionRate: rateOf(c.completionRate),
  caseFilingRate: rateOf(c.caseFilingRate),
  substantiationRate: rateOf(c.substantiationRate),
});

/** Clue cases: every operation needs clueCase.read, which only DISCIPLINE holds. */
@Resolver(() => ClueCaseType)
export class ClueResolver {
  @Authorized('clueCase.read')
  @Query(() => ClueCaseType, {
    nullable: true,
    description: 'One clue case; subject and informant only if you own it (audited).',
  })
  clueCase(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readClueCase(ctx.services(), id, specOf(info, 'ClueCase'));
  }

  @Authorized('clueCase.read')
  @Query(() => ClueCaseConnection, { description: 'Clue cases, filtered, sorted and paginated.' })
  async clueCases(
    @Arg('filter', () => ClueCaseFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: ClueCaseFilterInput | null,
    @Arg('orderBy', () => ClueCaseOrder, { nullable: true, description: 'Sort order.' })
    orderBy: ClueCaseOrder | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const warnings = filter?.warning ? await ctx.warningSettings() : DEFAULT_WARNING_SETTINGS;
    return listClueCases(ctx.services(), { filter, orderBy, page }, specOf(info, 'ClueCase', ['nodes']), {
      withTotal: wantsTotal(info),
      warnings,
    });
  }

  @Authorized('clueCase.read')
  @Query(() => ClueCaseConnection, {
    description: '到期提醒 — open cases (not duplicates) whose deadline is near or passed, soonest first.',
  })
  async clueReminders(
    @Arg('withinDays', () => Int, {
      nullable: true,
      description: "Deadlines up to this many days ahead (default: the office's yellow lead time).",
    })
    withinDays: number | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listClueReminders(ctx.services(), { withinDays, page }, specOf(info, 'ClueCase', ['nodes']), {
      withTotal: wantsTotal(info),
      warnings: await ctx.warningSettings(),
    });
  }

  @Authorized('clueCase.read')
  @Query(() => ClueDisclosureRequestConnection, {
    description: 'Identity disclosure requests, newest first.',
  })
  clueDisclosureRequests(
    @Arg('filter', () => ClueDisclosureRequestFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: ClueDisclosureRequestFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listClueDisclosureRequests(
      ctx.services(),
      { filter, page },
      specOf(info, 'ClueDisclosureRequest', ['nodes']),
      { withTotal: wantsTotal(info) },
    );
  }

  @Authorized('clueCase.read')
  @Query(() => [ClueOwnerType], {
    description:
      'The DISCIPLINE users who may own cases (co-owners at intake, disclosure grantees), by name.',
  })
  clueHandlers(@Ctx() ctx: GraphQLContext) {
    return listClueHandlers(ctx.services());
  }

  @Authorized('clueCase.read')
  @Query(() => ClueFiguresType, {
    description: 'Received, concluded, filed; 办结率, 成案率, 查实率 — in total, per source, kind and body.',
  })
  async clueFigures(
    @Arg('filter', () => ClueFiguresFilterInput, { nullable: true, description: 'Which cases to count.' })
    filter: ClueFiguresFilterInput | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClueFiguresType> {
    const f = await getClueFigures(ctx.services(), filter ?? {});
    return {
      total: countsOf(f.total),
      bySource: f.bySource.map((s) => ({ ...countsOf(s.figures), source: s.source })),
      byKind: f.byKind.map((k) => ({ ...countsOf(k.figures), kind: k.kind })),
      bySourceAndKind: f.bySourceAndKind.map((s) => ({
        ...countsOf(s.figures),
        source: s.source,
        kind: s.kind,
      })),
      byBody: f.byBody.map((b) => ({ ...countsOf(b.figures), unitId: b.unitId, unitName: b.unitName })),
    };
  }

  @FieldResolver(() => WarningLevel.object, {
    description:
      'Green, yellow or red by deadline, as of today; NONE when closed, a duplicate or without one.',
  })
  async warning(@Root() clue: ClueCaseType, @Ctx() ctx: GraphQLContext) {
    return clueWarningLevel(clue, todayOf(ctx.services()), await ctx.warningSettings());
  }

  @FieldResolver(() => Boolean, { description: 'Open, not a duplicate, and past its deadline.' })
  overdue(@Root() clue: ClueCaseType, @Ctx() ctx: GraphQLContext) {
    const days = clueDaysLeft(clue, todayOf(ctx.services()));
    return days != null && days < 0;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days to the deadline (negative when past); null when not running against one.',
  })
  daysLeft(@Root() clue: ClueCaseType, @Ctx() ctx: GraphQLContext) {
    return clueDaysLeft(clue, todayOf(ctx.services()));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you own the case (and so read its identity).' })
  ownedByMe(@Root() clue: ClueCaseType, @Ctx() ctx: GraphQLContext) {
    const me = ctx.actor?.userId;
    return me != null && (clue.ownerUserIds ?? []).includes(me);
  }

  @FieldResolver(() => [ClueEvent.object], {
    description:
      'The lifecycle moves its status allows (none for a duplicate, which goes with its first intake).',
  })
  allowedEvents(@Root() clue: ClueCaseType) {
    return clue.duplicateOfId != null ? [] : allowedEvents(clueLifecycle, clue.status);
  }
}
