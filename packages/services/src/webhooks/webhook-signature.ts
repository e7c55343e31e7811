import { createHmac } from 'node:crypto';

/** The headers of every webhook POST (lower case, as node:http hands them to a receiver). */
export const WEBHOOK_HEADERS = {
  signature: 'rectify-signature',
  timestamp: 'rectify-timestamp',
  delivery: 'rectify-delivery',
  kind: 'rectify-event',
} as const;

/**
 * How far a receiver should accept a timestamp from its own clock, in seconds: a captured request replayed
 * later than this is refused. Retries are signed anew, so they always fall inside it.
 */
export const WEBHOOK_REPLAY_WINDOW_SECONDS = 300;

/** `v1=` and the hex HMAC-SHA256, keyed by the subscription's secret, of `${timestamp}.${body}`. */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
