import { DeliveryChannel, DeliveryStatus } from '@rectify/domain';
import {
  cancelDelivery,
  deleteGroupRobot,
  listDeliveries,
  listGroupRobots,
  myNoticePreferences,
  readOutboundSettings,
  retryDelivery,
  saveGroupRobot,
  updateMyNoticePreferences,
  updateOutboundSettings,
} from '@rectify/services';
import { Arg, Args, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { deleted, mutation, mutationResolver, returned } from '../mutation.js';
import {
  DeliveryListType,
  DeliveryPayload,
  GroupRobotInput,
  GroupRobotPayload,
  GroupRobotType,
  NoticePreferencesInput,
  NoticePreferencesPayload,
  NoticePreferencesType,
  OutboundSettingsInput,
  OutboundSettingsPayload,
  OutboundSettingsType,
} from '../types/delivery.type.js';
import { DeletePayload } from '../types/payloads.js';
import { PageArgs } from './list-args.js';

/** Outbound notices: the deliveries page and the channels (ADMIN), and everyone's own preferences. */
@Resolver()
export class DeliveryResolver {
  @Authorized('delivery.read')
  @Query(() => DeliveryListType, { description: 'Outbound e-mails and robot posts, newest first.' })
  deliveries(
    @Arg('status', () => DeliveryStatus.object, {
      nullable: true,
      description: 'Only deliveries in this state.',
    })
    status: DeliveryStatus | null,
    @Arg('channel', () => DeliveryChannel.object, { nullable: true, description: 'Only this channel’s.' })
    channel: DeliveryChannel | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listDeliveries(
      ctx.services(),
      { status: status ?? undefined, channel: channel ?? undefined },
      page,
    );
  }

  @Authorized('delivery.read')
  @Query(() => OutboundSettingsType, { description: 'The mail server, link address and quiet hours.' })
  outboundSettings(@Ctx() ctx: GraphQLContext) {
    return readOutboundSettings(ctx.services());
  }

  @Authorized('delivery.read')
  @Query(() => [GroupRobotType], { description: 'The group robots, their addresses masked.' })
  groupRobots(@Ctx() ctx: GraphQLContext) {
    return listGroupRobots(ctx.services());
  }

  @Authorized()
  @Query(() => NoticePreferencesType, {
    description: 'Your e-mail address and how you want each kind of notice.',
  })
  myNoticePreferences(@Ctx() ctx: GraphQLContext) {
    return myNoticePreferences(ctx.services());
  }
}

const id = (description: string) => ({ id: { type: () => Int, description } });

export const DeliveryMutationsResolver = mutationResolver('DeliveryMutationsResolver', {
  retryDelivery: mutation({
    useCase: retryDelivery,
    input: id('The delivery.'),
    payload: DeliveryPayload,
    answer: returned('delivery'),
    description: 'Send a failed or cancelled delivery again, at once.',
  }),
  cancelDelivery: mutation({
    useCase: cancelDelivery,
    input: id('The delivery.'),
    payload: DeliveryPayload,
    answer: returned('delivery'),
    description: 'Never send a delivery not yet sent.',
  }),
  updateOutboundSettings: mutation({
    access: updateOutboundSettings.permission,
    input: { input: { type: () => OutboundSettingsInput, description: 'What to change.' } },
    run: (ctx, { input }: { input: OutboundSettingsInput }) =>
      updateOutboundSettings(ctx.services(), {
        ...(input.smtp !== undefined ? { smtp: input.smtp } : {}),
        ...(input.consoleUrl != null ? { consoleUrl: input.consoleUrl } : {}),
        ...(input.quietHours !== undefined ? { quietHours: input.quietHours } : {}),
      }),
    payload: OutboundSettingsPayload,
    answer: returned('settings'),
    description: 'Configure the mail server, link address and quiet hours.',
  }),
  saveGroupRobot: mutation({
    access: saveGroupRobot.permission,
    input: { input: { type: () => GroupRobotInput, description: 'The robot.' } },
    run: (ctx, { input }: { input: GroupRobotInput }) => saveGroupRobot(ctx.services(), input),
    payload: GroupRobotPayload,
    answer: returned('robot'),
    description: 'Add or change a group robot.',
  }),
  deleteGroupRobot: mutation({
    useCase: deleteGroupRobot,
    input: id('The robot.'),
    payload: DeletePayload,
    answer: deleted,
    description:
      'Delete a group robot: what it had still to post is cancelled; its past deliveries stay listed.',
  }),
  updateMyNoticePreferences: mutation({
    access: 'signedIn',
    input: { input: { type: () => NoticePreferencesInput, description: 'What to change.' } },
    run: (ctx, { input }: { input: NoticePreferencesInput }) =>
      updateMyNoticePreferences(ctx.services(), {
        ...(input.email !== undefined ? { email: input.email } : {}),
        modes: input.modes ?? [],
      }),
    payload: NoticePreferencesPayload,
    answer: returned('preferences'),
    description: 'Set your e-mail address and notice modes.',
  }),
});
