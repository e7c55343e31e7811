import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  listChanges,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  retryWebhookDelivery,
  sendTestWebhook,
  updateWebhookSubscription,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  CreateWebhookSubscriptionInputType,
  UpdateWebhookSubscriptionInputType,
} from '../inputs/webhook.input.js';
import { deleted, payload } from '../mutation.js';
import {
  ChangeConnectionType,
  CreateWebhookSubscriptionPayload,
  WebhookDeliveryPayload,
  WebhookDeliveryType,
  WebhookSubscriptionPayload,
  WebhookSubscriptionType,
} from '../types/change-feed.type.js';
import { DeletePayload } from '../types/payloads.js';

/** The partner change feed, and ADMIN's webhook subscriptions with their delivery log. */
@Resolver()
export class ChangeFeedResolver {
  // Any scope that reads one kind of change opens it (listChanges refuses the others).
  @Authorized()
  @Query(() => ChangeConnectionType, {
    description:
      'What changed after a cursor, oldest first: only changes your scopes (and role) may see. Resumable: keep pageInfo.endCursor.',
  })
  async changes(
    @Ctx() ctx: GraphQLContext,
    @Arg('after', () => String, {
      nullable: true,
      description: 'A cursor from an earlier page; omitted: from the start.',
    })
    after?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (1–500, default 100).' })
    first?: number | null,
  ) {
    const page = await listChanges(ctx.services(), { after, first });
    return { nodes: page.changes, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @Authorized('apiClient.read')
  @Query(() => [WebhookSubscriptionType], { description: 'Webhook subscriptions, newest first.' })
  webhookSubscriptions(
    @Ctx() ctx: GraphQLContext,
    @Arg('apiClientId', () => Int, { nullable: true, description: "Only this API client's." })
    apiClientId?: number | null,
  ) {
    return listWebhookSubscriptions(ctx.services(), { apiClientId });
  }

  @Authorized('apiClient.read')
  @Query(() => [WebhookDeliveryType], { description: 'The delivery log, newest first.' })
  webhookDeliveries(
    @Ctx() ctx: GraphQLContext,
    @Arg('subscriptionId', () => Int, { nullable: true, description: "Only this subscription's." })
    subscriptionId?: number | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (1–500, default 100).' })
    first?: number | null,
  ) {
    return listWebhookDeliveries(ctx.services(), { subscriptionId, first });
  }

  @Authorized(createWebhookSubscription.permission)
  @Mutation(() => CreateWebhookSubscriptionPayload, {
    description:
      "Subscribe a partner's endpoint to its API client's changes; the signing secret is shown once.",
  })
  async createWebhookSubscription(
    @Arg('input', () => CreateWebhookSubscriptionInputType, { description: 'What to write.' })
    input: CreateWebhookSubscriptionInputType,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await payload('created', ctx.locale, () =>
      createWebhookSubscription(ctx.services(), input),
    );
    const created = result.created as { subscription: unknown; secret: string } | null;
    return {
      subscription: created?.subscription ?? null,
      secret: created?.secret ?? null,
      errors: result.errors,
    };
  }

  @Authorized(updateWebhookSubscription.permission)
  @Mutation(() => WebhookSubscriptionPayload, { description: 'Change, pause or resume a subscription.' })
  updateWebhookSubscription(
    @Arg('input', () => UpdateWebhookSubscriptionInputType, { description: 'What to change.' })
    input: UpdateWebhookSubscriptionInputType,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('subscription', ctx.locale, () => updateWebhookSubscription(ctx.services(), input));
  }

  @Authorized(sendTestWebhook.permission)
  @Mutation(() => WebhookDeliveryPayload, {
    description: 'Queue a signed test POST (Rectify-Event: TEST) to a subscription; it appears in the log.',
  })
  sendTestWebhook(
    @Arg('subscriptionId', () => Int, { description: 'The subscription.' }) subscriptionId: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('delivery', ctx.locale, () => sendTestWebhook(ctx.services(), { subscriptionId }));
  }

  @Authorized(deleteWebhookSubscription.permission)
  @Mutation(() => DeletePayload, {
    description: 'Delete a subscription and its delivery log; nothing more is sent to it.',
  })
  deleteWebhookSubscription(
    @Arg('id', () => Int, { description: 'The subscription.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return deleted(ctx, info, (s) => deleteWebhookSubscription(s, { id }));
  }

  @Authorized(retryWebhookDelivery.permission)
  @Mutation(() => WebhookDeliveryPayload, {
    description: 'Send a delivery that failed for good again: it starts over, with its retries anew.',
  })
  retryWebhookDelivery(
    @Arg('id', () => Int, { description: 'The delivery.' }) id: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return payload('delivery', ctx.locale, () => retryWebhookDelivery(ctx.services(), { id }));
  }
}
