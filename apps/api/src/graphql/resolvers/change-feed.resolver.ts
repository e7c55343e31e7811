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
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  CreateWebhookSubscriptionInputType,
  UpdateWebhookSubscriptionInputType,
} from '../inputs/webhook.input.js';
import { deleted, mutation, mutationResolver, returned, spread } from '../mutation.js';
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
}

export const ChangeFeedMutationsResolver = mutationResolver('ChangeFeedMutationsResolver', {
  createWebhookSubscription: mutation({
    useCase: createWebhookSubscription,
    input: CreateWebhookSubscriptionInputType,
    inputDescription: 'What to write.',
    payload: CreateWebhookSubscriptionPayload,
    answer: spread(),
    description:
      "Subscribe a partner's endpoint to its API client's changes; the signing secret is shown once.",
  }),
  updateWebhookSubscription: mutation({
    useCase: updateWebhookSubscription,
    input: UpdateWebhookSubscriptionInputType,
    inputDescription: 'What to change.',
    payload: WebhookSubscriptionPayload,
    answer: returned('subscription'),
    description: 'Change, pause or resume a subscription.',
  }),
  sendTestWebhook: mutation({
    useCase: sendTestWebhook,
    input: { subscriptionId: { type: () => Int, description: 'The subscription.' } },
    payload: WebhookDeliveryPayload,
    answer: returned('delivery'),
    description: 'Queue a signed test POST (Rectify-Event: TEST) to a subscription; it appears in the log.',
  }),
  deleteWebhookSubscription: mutation({
    useCase: deleteWebhookSubscription,
    input: { id: { type: () => Int, description: 'The subscription.' } },
    payload: DeletePayload,
    answer: deleted,
    description: 'Delete a subscription and its delivery log; nothing more is sent to it.',
  }),
  retryWebhookDelivery: mutation({
    useCase: retryWebhookDelivery,
    input: { id: { type: () => Int, description: 'The delivery.' } },
    payload: WebhookDeliveryPayload,
    answer: returned('delivery'),
    description: 'Send a delivery that failed for good again: it starts over, with its retries anew.',
  }),
});
