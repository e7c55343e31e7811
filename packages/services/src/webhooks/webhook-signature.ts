import { createHmac } from 'node:crypto';

/** The headers of every webhook POST (lower case, as node:http hands them to a receiver). */
export const WEBHOOK_HEADERS = {
  signature: 'rectify-signature',
  timestamp: 'rectify-timestamp',
  delivery: 'rectify-delivery',
  kind: 'rectify-event',
} as const;

/**
 * `v1=` and the hex HMAC-SHA256, keyed by the subscription's secret, of `${timestamp}.${body}`. A receiver
 * should refuse a timestamp more than five minutes from its own clock (a replay); retries are signed anew.
 */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
