import { type Database, queryRows } from '@rectify/db';
import type { ChangeKind } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { type ChangeEventRow, changeViewOf } from '../change-feed/change-view.js';
import { decryptSecret } from '../deliveries/secret-box.js';
import { postOutbound } from '../outbound/outbound-post.js';
import { signWebhookBody, WEBHOOK_HEADERS } from './webhook-signature.js';

/** The data of a WEBHOOK_DELIVERY job. */
export interface WebhookJobData {
  deliveryId: number;
}

export interface DeliverOptions {
  /** Attempts allowed after the first (the job kind's retry limit): the last failure is final. */
  retryLimit: number;
  /** How long to wait for the receiver's answer. */
  timeoutMs?: number;
}

interface DeliveryToSend {
  id: number;
  status: string;
  attempts: number;
  url: string;
  /** Sealed; opened only to sign. */
  secret: string;
  active: boolean;
  event: ChangeEventRow | null;
}

/**
 * One attempt of one delivery: POST the change, signed, and log the outcome. A non-2xx answer or no answer
 * throws, so the job queue retries with backoff. A delivery already delivered (or given up) is not sent again.
 */
export async function deliverWebhook(
  db: Database,
  data: WebhookJobData,
  options: DeliverOptions,
): Promise<{ status: string }> {
  // Counting the attempt first claims it: a delivery delivered or failed for good is left alone.
  const [delivery] = await queryRows<DeliveryToSend>(
    db,
    sql`update webhook_deliveries d set attempts = d.attempts + 1
      from webhook_subscriptions s
      where d.id = ${data.deliveryId} and s.id = d.subscription_id and d.status in ('PENDING', 'RETRYING')
      returning d.id::int as id, d.status, d.attempts, s.url, s.secret, s.active,
        (select json_build_object('id', e.id, 'kind', e.kind, 'taskId', e.task_id,
          'inspectionId', e.inspection_id, 'payload', e.payload, 'at', e.at)
         from change_events e where e.id = d.change_event_id) as event`,
  );
  if (!delivery) return { status: 'SKIPPED' };
  const isTest = delivery.event == null;
  if (!isTest && !delivery.active) {
    await finish(db, delivery.id, 'FAILED', null, 'the subscription is paused');
    return { status: 'FAILED' };
  }
  const kind: ChangeKind | 'TEST' = delivery.event?.kind ?? 'TEST';
  const body = JSON.stringify({
    delivery: String(delivery.id),
    kind,
    change: delivery.event ? changeViewOf(delivery.event) : null,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  let outcome: { status: number | null; error: string | null };
  try {
    const response = await postOutbound(delivery.url, {
      timeoutMs: options.timeoutMs ?? 10_000,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Rectify-Webhooks/1',
        [WEBHOOK_HEADERS.signature]: signWebhookBody(decryptSecret(delivery.secret), timestamp, body),
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.delivery]: String(delivery.id),
        [WEBHOOK_HEADERS.kind]: kind,
      },
      body,
    });
    outcome = {
      status: response.status,
      error: response.ok ? null : `the receiver answered ${response.status}`,
    };
  } catch (error) {
    outcome = { status: null, error: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.error == null) {
    await finish(db, delivery.id, 'DELIVERED', outcome.status, null);
    return { status: 'DELIVERED' };
  }
  const final = delivery.attempts > options.retryLimit;
  await finish(db, delivery.id, final ? 'FAILED' : 'RETRYING', outcome.status, outcome.error);
  throw new Error(`webhook delivery ${delivery.id}: ${outcome.error}`);
}

async function finish(
  db: Database,
  id: number,
  status: 'DELIVERED' | 'RETRYING' | 'FAILED',
  responseStatus: number | null,
  error: string | null,
) {
  await db.execute(sql`update webhook_deliveries set status = ${status}, response_status = ${responseStatus},
    last_error = ${error}, delivered_at = ${status === 'DELIVERED' ? sql`now()` : sql`null`}
    where id = ${id}`);
}
