import { daysUntil, isOverdue, WarningLevel, warningLevelOf } from '@rectify/domain';
import { listTasks, readOne, todayOf } from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { TaskFilterInput } from '../inputs/filter.input.js';
import { TaskOrder } from '../inputs/list.input.js';
import { specOf } from '../selection.js';
import { taskListWarnings } from '../task-list-warnings.js';
import { TaskConnection } from '../types/connections.js';
import { TaskType } from '../types/ledger.type.js';
import { PageArgs, wantsTotal } from './list-args.js';

@Resolver(() => TaskType)
export class TaskResolver {
  @Authorized('task.read')
  @Query(() => TaskType, {
    nullable: true,
    description: 'One task; null when it does not exist or is outside your scope.',
  })
  task(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'Task', id, specOf(info, 'Task'));
  }

  @Authorized('task.read')
  @Query(() => TaskConnection, { description: 'Tasks you may see, filtered, sorted and paginated.' })
  async tasks(
    @Arg('filter', () => TaskFilterInput, { nullable: true, description: 'Conditions that must all hold.' })
    filter: TaskFilterInput | null,
    @Arg('orderBy', () => TaskOrder, { nullable: true, description: 'Sort order.' }) orderBy: InstanceType<
      typeof TaskOrder
    > | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listTasks(ctx.services(), { filter, orderBy, page }, specOf(info, 'Task', ['nodes']), {
      withTotal: wantsTotal(info),
      warnings: await taskListWarnings(filter, ctx),
    });
  }

  @FieldResolver(() => WarningLevel.object, { description: 'Green, yellow or red by deadline, as of today.' })
  async warning(@Root() task: TaskType, @Ctx() ctx: GraphQLContext) {
    return warningLevelOf(task, todayOf(ctx.services()), await ctx.warningSettings());
  }

  @FieldResolver(() => Boolean, { description: 'Past its deadline and not closed.' })
  overdue(@Root() task: TaskType, @Ctx() ctx: GraphQLContext) {
    return isOverdue(task, todayOf(ctx.services()));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days to the deadline (negative when past); null without one.',
  })
  daysLeft(@Root() task: TaskType, @Ctx() ctx: GraphQLContext) {
    return task.deadline == null ? null : daysUntil(task.deadline, todayOf(ctx.services()));
  }
}
