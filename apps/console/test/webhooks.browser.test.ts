import { createHmac } from 'node:crypto';
import {
  jobDefinitions,
  OUTBOUND_ALLOW_HOSTS_ENV,
  startHttpReceiver,
  webhookDeliveryDefinition,
} from '@rectify/api/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { signIn } from './support/sign-in.js';

// 推送订阅: ADMIN subscribes a partner's endpoint (the secret shown once), sends a test and reads the log.
// One attempt per delivery, so that a failure is final at once and can be retried from the log.
const definitions = {
  ...jobDefinitions,
  WEBHOOK_DELIVERY: webhookDeliveryDefinition({ retryLimit: 0, retryDelay: 1, retryBackoff: false }),
};
const suite = consoleSuite({ jobs: { pollingIntervalSeconds: 0.5, definitions } });
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;

beforeAll(async () => {
  // The partner's endpoint is on this machine, which the outbound policy refuses unless allowed.
  vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
  // The first request to /flaky fails; every other one is taken.
  receiver = await startHttpReceiver((path, count) => (path === '/flaky' && count === 1 ? 503 : 204));
  const admin = await suite.api.tokenFor('ADMIN');
  await suite.api.gql(
    'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { token errors { field } } }',
    {
      input: {
        name: '市政务数据平台',
        department: '市政务服务数据管理局',
        scopes: ['LEDGER_READ'],
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
    { token: admin },
  );
});
afterAll(async () => {
  await receiver?.close();
  vi.unstubAllEnvs();
});

/** ADMIN on the webhooks page, subscribing the partner's client to the receiver's `path` (the secret still shown). */
async function subscribe(path: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await signIn(page, suite.api.url, 'admin');
  await page.locator('[data-nav="webhooks"]').click();
  await page.waitForURL('**/#/webhooks');
  await page.locator('[data-webhook-client]').click();
  await page.getByRole('option', { name: '市政务数据平台' }).click();
  await page.locator('[data-webhook-url]').fill(`${receiver.base}${path}`);
  await page.locator('[data-create-webhook]').click();
  return page;
}

/** The status of the delivery in the log, read again until it is the one expected (the queue works meanwhile). */
const deliveryStatus = (page: Page) =>
  expect.poll(
    async () => {
      await page.locator('[data-refresh-deliveries]').click();
      return page.locator('[data-delivery-id]').getAttribute('data-delivery-status');
    },
    { timeout: 30_000, interval: 300 },
  );

it('subscribes an endpoint, shows its secret once, sends a signed test and logs the delivery', async () => {
  const page = await subscribe('/rectify');
  const secret = (await page.locator('[data-webhook-secret]').textContent()) ?? '';
  expect(secret).toMatch(/^whsec_/);
  await page.locator('[data-secret-saved]').click();
  const row = page.locator('[data-subscription-id]');
  await row.waitFor();
  expect(await row.locator('td').nth(2).textContent()).toBe('全部可见类型');
  // Never again in full: only its first characters.
  expect(await page.content()).not.toContain(secret);

  await row.locator('[data-send-test]').click();
  const delivery = page.locator('[data-delivery-id]');
  await deliveryStatus(page).toBe('DELIVERED');
  expect(await delivery.locator('td').nth(1).textContent()).toBe('测试');
  expect(await delivery.locator('td').nth(2).textContent()).toBe('已送达');
  await screenshot(page, 'console-webhooks');

  const [arrived] = receiver.received;
  const timestamp = Number(arrived!.headers['rectify-timestamp']);
  const signature = createHmac('sha256', secret).update(`${timestamp}.${arrived!.body}`).digest('hex');
  expect(arrived!.headers['rectify-signature']).toBe(`v1=${signature}`);
  await page.close();
});

it('sends a failed delivery again from the log, and deletes a subscription after asking', async () => {
  const page = await subscribe('/flaky');
  await page.locator('[data-secret-saved]').click();
  const row = page.locator('[data-subscription-id]', { hasText: '/flaky' });
  await row.locator('[data-send-test]').click();
  const delivery = page.locator('[data-delivery-id]');
  await deliveryStatus(page).toBe('FAILED');
  expect(await delivery.locator('td').nth(2).textContent()).toBe('发送失败');
  await delivery.locator('[data-retry-delivery]').click();
  await deliveryStatus(page).toBe('DELIVERED');
  expect(await delivery.locator('[data-retry-delivery]').count()).toBe(0);
  expect(receiver.received.filter((r) => r.path === '/flaky')).toHaveLength(2);

  // Deleting asks first: cancelled, the subscription stays; confirmed, it goes with its log.
  await row.locator('[data-remove-webhook]').click();
  await page
    .getByRole('dialog')
    .getByText('删除后不再向该地址推送，其投递记录一并删除。确定删除吗？')
    .waitFor();
  await page.getByRole('button', { name: '取消' }).click();
  expect(await row.count()).toBe(1);
  await row.locator('[data-remove-webhook]').click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await row.waitFor({ state: 'detached' });
  expect(await page.locator('[data-subscription-id]').count()).toBe(1);
  expect(await page.locator('[data-testid="webhook-deliveries"]').count()).toBe(0);
  await page.close();
});

it('offers no webhooks page to other roles', async () => {
  const page = await suite.browser.context.newPage();
  await signIn(page, suite.api.url, 'office');
  expect(await page.locator('[data-nav="webhooks"]').count()).toBe(0);
  await page.close();
});
