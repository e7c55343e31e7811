import type { ChangeKind } from '@rectify/domain';
import { graphql, type ResultOf } from '../graphql.js';
import { mutate, request } from './graphql-client.js';

const SUBSCRIPTION = graphql(`
  fragment WebhookSubscriptionFields on WebhookSubscription {
    id apiClientId apiClientName url kinds active secretPrefix createdAt
  }
`);
const DELIVERY = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id subscriptionId kind status attempts responseStatus lastError createdAt deliveredAt
  }
`);

/** A webhook subscription as the page shows it (never its secret). */
export type WebhookSubscription = ResultOf<typeof SUBSCRIPTION>;
/** One delivery of the log. */
export type WebhookDelivery = ResultOf<typeof DELIVERY>;

const SUBSCRIPTIONS = graphql(
  `query WebhookSubscriptions {
    webhookSubscriptions { ...WebhookSubscriptionFields }
    apiClients(first: 100) { nodes { id name revokedAt } }
  }`,
  [SUBSCRIPTION],
);
const DELIVERIES = graphql(
  `query WebhookDeliveries($subscriptionId: Int) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) { ...WebhookDeliveryFields }
  }`,
  [DELIVERY],
);
const CREATE = graphql(
  `mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      subscription { ...WebhookSubscriptionFields } secret errors { field code message }
    }
  }`,
  [SUBSCRIPTION],
);
const UPDATE = graphql(
  `mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {
    updateWebhookSubscription(input: $input) { subscription { ...WebhookSubscriptionFields } errors { field code message } }
  }`,
  [SUBSCRIPTION],
);
const TEST = graphql(
  `mutation SendTestWebhook($subscriptionId: Int!) {
    sendTestWebhook(subscriptionId: $subscriptionId) { delivery { ...WebhookDeliveryFields } errors { field code message } }
  }`,
  [DELIVERY],
);
const DELETE = graphql(
  `mutation DeleteWebhookSubscription($id: Int!) {
    deleteWebhookSubscription(id: $id) { id errors { field code message } }
  }`,
);
const RETRY = graphql(
  `mutation RetryWebhookDelivery($id: Int!) {
    retryWebhookDelivery(id: $id) { delivery { ...WebhookDeliveryFields } errors { field code message } }
  }`,
  [DELIVERY],
);

/** The subscriptions, and the live API clients one may be made for. */
export async function listWebhookSubscriptions() {
  const data = await request(SUBSCRIPTIONS);
  return {
    subscriptions: data.webhookSubscriptions,
    apiClients: data.apiClients.nodes.filter((client) => client.revokedAt == null),
  };
}

export const listWebhookDeliveries = async (subscriptionId: number) =>
  (await request(DELIVERIES, { subscriptionId })).webhookDeliveries;

export const createWebhookSubscription = (input: { apiClientId: number; url: string; kinds: ChangeKind[] }) =>
  mutate(CREATE, { input });

export const setWebhookActive = (id: number, active: boolean) => mutate(UPDATE, { input: { id, active } });

export const sendTestWebhook = (subscriptionId: number) => mutate(TEST, { subscriptionId });

export const deleteWebhookSubscription = (id: number) => mutate(DELETE, { id });

export const retryWebhookDelivery = (id: number) => mutate(RETRY, { id });
