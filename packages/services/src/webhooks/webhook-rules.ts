import { webhookSubscriptions } from '@rectify/db';
import { ChangeKind } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { notFound } from '../kernel/errors.js';
import type { TxContext } from '../kernel/use-case.js';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { checkOutboundUrl } from '../outbound/outbound-url.js';
import { WEBHOOK_FIELDS, WEBHOOK_LABEL } from './webhook-labels.js';

/** An absolute http(s) address, at most 2000 characters, that the outbound policy lets a post reach. */
export async function checkWebhookUrl(v: Validator, url: string): Promise<void> {
  v.required('url', WEBHOOK_FIELDS.url, url).maxLength('url', WEBHOOK_FIELDS.url, url, 2000);
  if (url) await checkOutboundUrl(v, 'url', WEBHOOK_FIELDS.url, url);
}

export function checkKinds(v: Validator, kinds: readonly unknown[]): void {
  for (const kind of kinds) {
    v.check(
      ChangeKind.is(kind),
      'kinds',
      'INVALID',
      messages.webhooks.unknownKindChange({ kind: String(kind) }),
    );
  }
}

export async function subscriptionOrNotFound(ctx: TxContext, id: number) {
  const [row] = await ctx.tx
    .select()
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.id, id))
    .for('update');
  if (!row) throw notFound(WEBHOOK_LABEL, id);
  return row;
}
