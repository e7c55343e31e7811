import {
  listApiClients,
  listAuditEvents,
  listInspections,
  listLeaders,
  listProgressReports,
  listUnits,
  listUsers,
  readOne,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  ApiClientFilterInput,
  AuditEventFilterInput,
  InspectionFilterInput,
  LeaderFilterInput,
  ProgressReportFilterInput,
  UnitFilterInput,
  UserFilterInput,
} from '../inputs/filter.input.js';
import {
  ApiClientOrder,
  AuditEventOrder,
  InspectionOrder,
  LeaderOrder,
  ProgressReportOrder,
  UnitOrder,
  UserOrder,
} from '../inputs/list.input.js';
import { specOf } from '../selection.js';
import {
  ApiClientConnection,
  AuditEventConnection,
  InspectionConnection,
  LeaderConnection,
  ProgressReportConnection,
  UnitConnection,
  UserConnection,
} from '../types/connections.js';
import { InspectionType } from '../types/ledger.type.js';
import { LeaderType, UnitType } from '../types/organisation.type.js';
import { UserType } from '../types/accounts.type.js';
import { PageArgs, wantsTotal } from './list-args.js';

const nodesOf = (info: GraphQLResolveInfo, entity: Parameters<typeof specOf>[1]) =>
  specOf(info, entity, ['nodes']);

/** The lists of master data, accounts, progress and audit: each a thin adapter over the read model. */
@Resolver()
export class SimpleListsResolver {
  @Authorized('inspection.read')
  @Query(() => InspectionType, { nullable: true, description: 'One inspection.' })
  inspection(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'Inspection', id, specOf(info, 'Inspection'));
  }

  @Authorized('inspection.read')
  @Query(() => InspectionConnection, {
    description: 'Inspections, newest feedback last unless sorted otherwise.',
  })
  inspections(
    @Arg('filter', () => InspectionFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: InspectionFilterInput | null,
    @Arg('orderBy', () => InspectionOrder, { nullable: true, description: 'Sort order.' })
    orderBy: InstanceType<typeof InspectionOrder> | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listInspections(ctx.services(), { filter, orderBy, page }, nodesOf(info, 'Inspection'), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('progress.read')
  @Query(() => ProgressReportConnection, {
    description: 'Progress reports on tasks you may see, newest first.',
  })
  progressReports(
    @Arg('filter', () => ProgressReportFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: ProgressReportFilterInput | null,
    @Arg('orderBy', () => ProgressReportOrder, { nullable: true, description: 'Sort order.' })
    orderBy: InstanceType<typeof ProgressReportOrder> | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listProgressReports(ctx.services(), { filter, orderBy, page }, nodesOf(info, 'ProgressReport'), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('unit.read')
  @Query(() => UnitType, { nullable: true, description: 'One unit.' })
  unit(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'Unit', id, specOf(info, 'Unit'));
  }

  @Authorized('unit.read')
  @Query(() => UnitConnection, { description: 'Units.' })
  units(
    @Arg('filter', () => UnitFilterInput, { nullable: true, description: 'Conditions that must all hold.' })
    filter: UnitFilterInput | null,
    @Arg('orderBy', () => UnitOrder, { nullable: true, description: 'Sort order.' }) orderBy: InstanceType<
      typeof UnitOrder
    > | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listUnits(ctx.services(), { filter, orderBy, page }, nodesOf(info, 'Unit'), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('leader.read')
  @Query(() => LeaderType, { nullable: true, description: 'One leader.' })
  leader(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'Leader', id, specOf(info, 'Leader'));
  }

  @Authorized('leader.read')
  @Query(() => LeaderConnection, { description: 'Leaders.' })
  leaders(
    @Arg('filter', () => LeaderFilterInput, { nullable: true, description: 'Conditions that must all hold.' })
    filter: LeaderFilterInput | null,
    @Arg('orderBy', () => LeaderOrder, { nullable: true, description: 'Sort order.' }) orderBy: InstanceType<
      typeof LeaderOrder
    > | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listLeaders(ctx.services(), { filter, orderBy, page }, nodesOf(info, 'Leader'), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('user.read')
  @Query(() => UserType, { nullable: true, description: 'One user.' })
  user(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'User', id, specOf(info, 'User'));
  }

  @Authorized('user.read')
  @Query(() => UserConnection, { description: 'Users.' })
  users(
    @Arg('filter', () => UserFilterInput, { nullable: true, description: 'Conditions that must all hold.' })
    filter: UserFilterInput | null,
    @Arg('orderBy', () => UserOrder, { nullable: true, description: 'Sort order.' }) orderBy: InstanceType<
      typeof UserOrder
    > | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listUsers(ctx.services(), { filter, orderBy, page }, nodesOf(info, 'User'), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('apiClient.read')
  @Query(() => ApiClientConnection, {
    description: "Partner departments' API tokens (never the tokens themselves).",
  })
  apiClients(
    @Arg('filter', () => ApiClientFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: ApiClientFilterInput | null,
    @Arg('orderBy', () => ApiClientOrder, { nullable: true, description: 'Sort order.' })
    orderBy: InstanceType<typeof ApiClientOrder> | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listApiClients(ctx.services(), { filter, orderBy, page }, nodesOf(info, 'ApiClient'), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('audit.read')
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first.' })
  auditEvents(
    @Arg('filter', () => AuditEventFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: AuditEventFilterInput | null,
    @Arg('orderBy', () => AuditEventOrder, { nullable: true, description: 'Sort order.' })
    orderBy: InstanceType<typeof AuditEventOrder> | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listAuditEvents(ctx.services(), { filter, orderBy, page }, nodesOf(info, 'AuditEvent'), {
      withTotal: wantsTotal(info),
    });
  }
}
