import { closureRate, IssueStatus, isOverdue, issueStatusOf } from '@rectify/domain';
import { listIssues, readOne, todayOf } from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { IssueFilterInput } from '../inputs/filter.input.js';
import { IssueOrder } from '../inputs/list.input.js';
import { specOf } from '../selection.js';
import { IssueConnection } from '../types/connections.js';
import { IssueFiguresType, IssueType } from '../types/ledger.type.js';
import { PageArgs, wantsTotal } from './list-args.js';

@Resolver(() => IssueType)
export class IssueResolver {
  @Authorized('issue.read')
  @Query(() => IssueType, {
    nullable: true,
    description: 'One issue; null when it does not exist or is outside your scope.',
  })
  issue(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'Issue', id, specOf(info, 'Issue'));
  }

  @Authorized('issue.read')
  @Query(() => IssueConnection, {
    description: 'Issues you may see, in document order unless sorted otherwise.',
  })
  issues(
    @Arg('filter', () => IssueFilterInput, { nullable: true, description: 'Conditions that must all hold.' })
    filter: IssueFilterInput | null,
    @Arg('orderBy', () => IssueOrder, { nullable: true, description: 'Sort order.' }) orderBy: InstanceType<
      typeof IssueOrder
    > | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listIssues(ctx.services(), { filter, orderBy, page }, specOf(info, 'Issue', ['nodes']), {
      withTotal: wantsTotal(info),
    });
  }

  @FieldResolver(() => IssueStatus.object, {
    description: 'Derived from the tasks of the issue and of those below it.',
  })
  status(@Root() issue: IssueType) {
    return issueStatusOf((issue.subtreeTasks ?? []).map(([status]) => status));
  }

  @FieldResolver(() => IssueFiguresType, { description: 'Task counts of the issue and of those below it.' })
  figures(@Root() issue: IssueType, @Ctx() ctx: GraphQLContext): IssueFiguresType {
    const today = todayOf(ctx.services());
    const tasks = (issue.subtreeTasks ?? []).map(([status, deadline]) => ({ status, deadline }));
    const closure = closureRate(tasks.map((t) => t.status));
    return {
      totalTasks: tasks.length,
      closedTasks: closure.part,
      ongoingTasks: tasks.filter((t) => t.status === 'ONGOING').length,
      overdueTasks: tasks.filter((t) => isOverdue(t, today)).length,
      closureRate: closure.value,
    };
  }
}
