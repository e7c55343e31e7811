import { NotificationKind } from '@rectify/domain';
import { listNotifications, markNotificationsRead } from '@rectify/services';
import { Arg, Args, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { mutation, mutationResolver, returned } from '../mutation.js';
import { InboxType, MarkReadPayload } from '../types/notification.type.js';
import { PageArgs } from './list-args.js';

/** Every signed-in person has an inbox: deadlines near, overdue, reviews requested, decisions, findings. */
@Resolver()
export class NotificationResolver {
  @Authorized()
  @Query(() => InboxType, { description: 'Your inbox, newest first.' })
  notifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only unread items.' }) unreadOnly:
      | boolean
      | null,
    @Arg('kind', () => [NotificationKind.object], {
      nullable: true,
      description: 'Only items of these kinds.',
    })
    kind: NotificationKind[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listNotifications(ctx.services(), { unreadOnly, kind, page });
  }
}

export const NotificationMutationsResolver = mutationResolver('NotificationMutationsResolver', {
  markNotificationsRead: mutation({
    access: 'signedIn',
    input: {
      ids: { type: () => [Int], nullable: true, description: 'The items; every unread item when omitted.' },
    },
    run: (ctx, input: { ids: number[] | null }) => markNotificationsRead(ctx.services(), input),
    payload: MarkReadPayload,
    answer: returned('count'),
    description: 'Mark items of your inbox read: these, or all when omitted.',
  }),
});
