import { webhookSubscriptions } from '@rectify/db';
import { ChangeKind } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import type { TxContext } from '../kernel/use-case.js';
import { notFound } from '../kernel/errors.js';
import type { Validator } from '../kernel/validate.js';
import { WEBHOOK_FIELDS, WEBHOOK_LABEL } from './webhook-labels.js';

/** An absolute http(s) address, at most 2000 characters. */
export function checkWebhookUrl(v: Validator, url: string): void {
  v.required('url', WEBHOOK_FIELDS.url, url).maxLength('url', WEBHOOK_FIELDS.url, url, 2000);
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // reported below
  }
  v.check(!url || protocol === 'http:' || protocol === 'https:', 'url', 'INVALID_URL', {
    zh: '接收地址应为http或https网址',
    en: 'the URL must be an http or https address',
  });
}

export function checkKinds(v: Validator, kinds: readonly unknown[]): void {
  for (const kind of kinds) {
    v.check(ChangeKind.is(kind), 'kinds', 'INVALID', {
      zh: `未知的变更类型：${String(kind)}`,
      en: `unknown kind of change: ${String(kind)}`,
    });
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
