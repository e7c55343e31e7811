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
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { deleted, payload } from '../mutation.js';
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

  @Authorized(retryDelivery.permission)
  @Mutation(() => DeliveryPayload, { description: 'Send a failed or cancelled delivery again, at once.' })
  async retryDelivery(
    @Arg('id', () => Int, { description: 'The delivery.' }) id: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('delivery', ctx.locale, () => retryDelivery(ctx.services(), { id }));
  }

  @Authorized(cancelDelivery.permission)
  @Mutation(() => DeliveryPayload, { description: 'Never send a delivery not yet sent.' })
  async cancelDelivery(
    @Arg('id', () => Int, { description: 'The delivery.' }) id: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('delivery', ctx.locale, () => cancelDelivery(ctx.services(), { id }));
  }

  @Authorized('delivery.read')
  @Query(() => OutboundSettingsType, { description: 'The mail server, link address and quiet hours.' })
  outboundSettings(@Ctx() ctx: GraphQLContext) {
    return readOutboundSettings(ctx.services());
  }

  @Authorized(updateOutboundSettings.permission)
  @Mutation(() => OutboundSettingsPayload, {
    description: 'Configure the mail server, link address and quiet hours.',
  })
  async updateOutboundSettings(
    @Arg('input', () => OutboundSettingsInput, { description: 'What to change.' })
    input: OutboundSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('settings', ctx.locale, () =>
      updateOutboundSettings(ctx.services(), {
        ...(input.smtp !== undefined ? { smtp: input.smtp } : {}),
        ...(input.consoleUrl != null ? { consoleUrl: input.consoleUrl } : {}),
        ...(input.quietHours !== undefined ? { quietHours: input.quietHours } : {}),
      }),
    );
  }

  @Authorized('delivery.read')
  @Query(() => [GroupRobotType], { description: 'The group robots, their addresses masked.' })
  groupRobots(@Ctx() ctx: GraphQLContext) {
    return listGroupRobots(ctx.services());
  }

  @Authorized(saveGroupRobot.permission)
  @Mutation(() => GroupRobotPayload, { description: 'Add or change a group robot.' })
  async saveGroupRobot(
    @Arg('input', () => GroupRobotInput, { description: 'The robot.' }) input: GroupRobotInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('robot', ctx.locale, () => saveGroupRobot(ctx.services(), input));
  }

  @Authorized(deleteGroupRobot.permission)
  @Mutation(() => DeletePayload, {
    description:
      'Delete a group robot: what it had still to post is cancelled; its past deliveries stay listed.',
  })
  deleteGroupRobot(
    @Arg('id', () => Int, { description: 'The robot.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return deleted(ctx, info, (s) => deleteGroupRobot(s, { id }));
  }

  @Authorized()
  @Query(() => NoticePreferencesType, {
    description: 'Your e-mail address and how you want each kind of notice.',
  })
  myNoticePreferences(@Ctx() ctx: GraphQLContext) {
    return myNoticePreferences(ctx.services());
  }

  @Authorized()
  @Mutation(() => NoticePreferencesPayload, { description: 'Set your e-mail address and notice modes.' })
  async updateMyNoticePreferences(
    @Arg('input', () => NoticePreferencesInput, { description: 'What to change.' })
    input: NoticePreferencesInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('preferences', ctx.locale, () =>
      updateMyNoticePreferences(ctx.services(), {
        ...(input.email !== undefined ? { email: input.email } : {}),
        modes: input.modes ?? [],
      }),
    );
  }
}
