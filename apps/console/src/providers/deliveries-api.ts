import type { DeliveryStatus } from '@rectify/domain';
import { graphql, type ResultOf } from '../graphql.js';
import { mutate, request } from './graphql-client.js';

const DELIVERY = graphql(`
  fragment DeliveryFields on Delivery {
    id channel kind recipient subject status attempts lastError notBefore createdAt sentAt
  }
`);

/** An outbound e-mail or robot post as the deliveries page shows it. */
export type Delivery = ResultOf<typeof DELIVERY>;

const DELIVERIES = graphql(
  `query Deliveries($status: DeliveryStatus) {
    deliveries(status: $status, first: 100) { totalCount nodes { ...DeliveryFields } }
  }`,
  [DELIVERY],
);

const RETRY_DELIVERY = graphql(
  `mutation RetryDelivery($id: Int!) {
    retryDelivery(id: $id) { delivery { ...DeliveryFields } errors { field code message } }
  }`,
  [DELIVERY],
);

const CANCEL_DELIVERY = graphql(
  `mutation CancelDelivery($id: Int!) {
    cancelDelivery(id: $id) { delivery { ...DeliveryFields } errors { field code message } }
  }`,
  [DELIVERY],
);

/** The newest deliveries, all or in one status. */
export const listDeliveries = async (status: DeliveryStatus | null) =>
  (await request(DELIVERIES, { status })).deliveries.nodes;

/** Sends a failed or cancelled delivery again. */
export const retryDelivery = (id: number) => mutate(RETRY_DELIVERY, { id });

/** Stops a delivery not yet sent. */
export const cancelDelivery = (id: number) => mutate(CANCEL_DELIVERY, { id });
