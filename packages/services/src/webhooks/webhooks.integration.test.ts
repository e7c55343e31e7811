import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  auditEvents,
  type DatabaseHandle,
  issues,
  openDatabase,
  webhookDeliveries,
  webhookSubscriptions,
} from '@rectify/db';
import type { ChangeKind, PartnerScope } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../auth/create-api-client.js';
import { recordChange } from '../change-feed/record-change.js';
import { decryptSecret } from '../deliveries/secret-box.js';
import { jobDefinitions, webhookDeliveryDefinition } from '../jobs/job-definitions.js';
import { createJobQueue, type JobQueue } from '../jobs/job-queue.js';
import { reportProgress } from '../ledger/report-progress.js';
import { updateTask } from '../ledger/update-task.js';
import { OUTBOUND_ALLOW_HOSTS_ENV } from '../outbound/outbound-policy.js';
import { failure, fieldCodes } from '../testing/assertions.js';
import { startHttpReceiver } from '../testing/http-receiver.js';
import { type WorkflowFixture, workflowFixture } from '../workflow/test-fixture.js';
import { createWebhookSubscription } from './create-webhook-subscription.js';
import { deleteWebhookSubscription } from './delete-webhook-subscription.js';
import { type DeliveryPump, startDeliveryPump } from './delivery-pump.js';
import { listWebhookDeliveries, listWebhookSubscriptions } from './list-webhooks.js';
import { retryWebhookDelivery } from './retry-webhook-delivery.js';
import { sendTestWebhook } from './send-test-webhook.js';
import { updateWebhookSubscription } from './update-webhook-subscription.js';
import { SECRET_PREFIX_LENGTH } from './webhook-views.js';

// Two queues and two pumps stand for two servers (on PostgreSQL each with connections of its own); the
// partner is a node:http receiver on this machine that checks signatures with the README's own snippet.

type Verify = (secret: string, headers: IncomingHttpHeaders, body: string, now?: number) => boolean;

let f: WorkflowFixture;
let second: DatabaseHandle;
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
let base: string;
let verify: Verify;
/** How each path answers, by the number of requests it has had so far. */
const answers = new Map<string, (count: number) => number>();
const servers: { queue: JobQueue; pump: DeliveryPump }[] = [];

beforeAll(async () => {
  // The partner below listens on this machine, which the outbound policy refuses unless allowed.
  vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
  f = await workflowFixture();
  second = f.t.url ? await openDatabase({ url: f.t.url, poolSize: 4 }) : f.t;
  receiver = await startHttpReceiver((path, count) => answers.get(path)?.(count) ?? 204);
  base = receiver.base;
  verify = await readmeSnippet();
  // Short retries here; the production policy is the job kind's own.
  const definitions = {
    ...jobDefinitions,
    WEBHOOK_DELIVERY: webhookDeliveryDefinition({ retryLimit: 2, retryDelay: 1, retryBackoff: false }),
  };
  for (const handle of [f.t, second]) {
    const queue = createJobQueue(handle, { pollingIntervalSeconds: 0.5, definitions });
    await queue.start();
    servers.push({ queue, pump: startDeliveryPump(handle.db, queue, { intervalMs: 100 }) });
  }
});
afterAll(async () => {
  for (const { queue, pump } of servers) {
    await pump.stop();
    await queue.stop(1000);
  }
  await receiver?.close();
  if (second !== f?.t) await second?.close();
  await f?.close();
  vi.unstubAllEnvs();
});

/** The verification function of the README's partner section, run as a partner would run it. */
async function readmeSnippet(): Promise<Verify> {
  const readme = readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../README.md'),
    'utf8',
  );
  const section = readme.split('<!-- webhook-verify:start -->')[1]!.split('<!-- webhook-verify:end -->')[0]!;
  const code = section.split('```js')[1]!.split('```')[0]!;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rectify-verify-')), 'verify.mjs');
  writeFileSync(file, code);
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, Verify>;
  return module.verifyRectifyWebhook!;
}

const admin = () => f.ctx(f.as.admin, new Date());
let clients = 0;
async function subscribe(scopes: PartnerScope[], name: string, kinds: ChangeKind[] = []) {
  const { apiClient } = await createApiClient(admin(), {
    name: `partner ${++clients}`,
    department: '市政务服务数据管理局',
    scopes,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return createWebhookSubscription(admin(), { apiClientId: apiClient.id, url: `${base}/${name}`, kinds });
}
const at = (name: string) => receiver.received.filter((r) => r.path === `/${name}`);
const settled = (subscriptionId: number, count: number) =>
  vi.waitFor(
    async () => {
      const log = await listWebhookDeliveries(admin(), { subscriptionId });
      expect(log).toHaveLength(count);
      expect(log.every((d) => d.status === 'DELIVERED' || d.status === 'FAILED')).toBe(true);
      return log;
    },
    { timeout: 60_000, interval: 100 },
  );

describe('webhook subscriptions', () => {
  it('shows the signing secret once, at creation, and never logs it', async () => {
    const { subscription, secret } = await subscribe(['LEDGER_READ'], 'once');
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    const listed = await listWebhookSubscriptions(admin());
    expect(listed.find((s) => s.id === subscription.id)).toEqual({
      ...subscription,
      secretPrefix: secret.slice(0, 10),
    });
    expect(JSON.stringify(listed)).not.toContain(secret);
    // At rest it is sealed with RECTIFY_SECRETS_KEY: the stored column opens to it but does not hold it.
    const [stored] = await f.t.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, subscription.id));
    expect(stored!.secret).not.toContain(secret.slice(SECRET_PREFIX_LENGTH));
    expect(stored!.secret).toMatch(/^v1\./);
    expect(decryptSecret(stored!.secret)).toBe(secret);
    expect(stored!.secretPrefix).toBe(secret.slice(0, SECRET_PREFIX_LENGTH));
    const audit = await f.t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entity, 'webhookSubscription'));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('refuses a bad address or kind naming the field, and anyone but ADMIN', async () => {
    const error = await failure(
      createWebhookSubscription(admin(), { apiClientId: 1, url: 'ftp://x', kinds: ['NOPE' as never] }),
    );
    expect(fieldCodes(error)).toEqual(['kinds:INVALID', 'url:INVALID_URL']);
    const office = await failure(
      createWebhookSubscription(f.ctx(f.as.office), { apiClientId: 1, url: `${base}/x` }),
    );
    expect(office.code).toBe('FORBIDDEN');
    expect((await failure(listWebhookDeliveries(f.ctx(f.as.office)))).code).toBe('FORBIDDEN');
  });

  it('accepts only absolute http(s) addresses, on creation and on change, with a bilingual field error', async () => {
    const { subscription } = await subscribe(['LEDGER_READ'], 'address');
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'mailto:a@b.cn',
      '/relative',
      'not a url',
    ]) {
      for (const call of [
        () => createWebhookSubscription(admin(), { apiClientId: subscription.apiClientId, url }),
        () => updateWebhookSubscription(admin(), { id: subscription.id, url }),
      ]) {
        const error = await failure(call());
        expect(fieldCodes(error)).toEqual(['url:INVALID_URL']);
        expect(error.fieldErrors[0]!.message).toEqual({
          zh: '接收地址应为 http:// 或 https:// 开头的网址',
          en: 'URL must be an http:// or https:// address',
        });
      }
    }
    // Paused at once: later tests' changes are not sent anywhere by it.
    const moved = await updateWebhookSubscription(admin(), {
      id: subscription.id,
      url: `${base}/moved`,
      active: false,
    });
    expect(moved.url).toBe(`${base}/moved`);
  });

  it('refuses addresses of this machine, the intranet and the metadata service unless the operator allows them', async () => {
    const { subscription } = await subscribe(['LEDGER_READ'], 'guarded');
    vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '');
    try {
      for (const [url, address] of [
        ['http://127.0.0.1:8080/hook', '127.0.0.1'],
        ['http://localhost/hook', null],
        ['http://2130706433/hook', '127.0.0.1'],
        ['https://10.1.2.3/hook', '10.1.2.3'],
        ['http://192.168.0.10/hook', '192.168.0.10'],
        ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
        ['http://100.100.100.200/latest/meta-data/', '100.100.100.200'],
        ['http://[::1]/hook', '::1'],
        ['http://[fd00:ec2::254]/hook', 'fd00:ec2::254'],
        ['http://[::ffff:7f00:1]/hook', '::ffff:7f00:1'],
        ['http://224.0.0.1/hook', '224.0.0.1'],
        ['http://0.0.0.0/hook', '0.0.0.0'],
      ] as const) {
        for (const call of [
          () => createWebhookSubscription(admin(), { apiClientId: subscription.apiClientId, url }),
          () => updateWebhookSubscription(admin(), { id: subscription.id, url }),
        ]) {
          const error = await failure(call());
          expect(fieldCodes(error), url).toEqual(['url:PRIVATE_ADDRESS']);
          const { zh, en } = error.fieldErrors[0]!.message;
          expect(zh).toMatch(/^接收地址指向本机、内网或保留地址（.+），不能向其发送/);
          expect(en).toMatch(/^URL points to a loopback, private or reserved address/);
          if (address) expect(zh).toContain(`（${address}）`);
          expect(en).toContain(OUTBOUND_ALLOW_HOSTS_ENV);
        }
      }
      // Public addresses are taken as they are.
      const moved = await updateWebhookSubscription(admin(), {
        id: subscription.id,
        url: 'https://119.29.29.29/x',
      });
      expect(moved.url).toBe('https://119.29.29.29/x');
      // The operator's allow-list, by CIDR range or by host name, lets an intranet partner in.
      vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '10.0.0.0/8, localhost');
      for (const url of ['https://10.1.2.3/hook', 'http://localhost:8080/hook'])
        expect((await updateWebhookSubscription(admin(), { id: subscription.id, url })).url).toBe(url);
      const error = await failure(
        updateWebhookSubscription(admin(), { id: subscription.id, url: 'http://192.168.0.10/hook' }),
      );
      expect(fieldCodes(error)).toEqual(['url:PRIVATE_ADDRESS']);
    } finally {
      vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
    }
  });
});

describe('webhook deliveries', () => {
  it('sends each change once to each subscription whose client may see it, signed as the README checks', async () => {
    const all = await subscribe(['LEDGER_READ', 'PROGRESS_READ'], 'all');
    const deadlines = await subscribe(['LEDGER_READ'], 'deadlines', ['TASK_DEADLINE_CHANGED']);
    const figures = await subscribe(['FIGURES_READ'], 'figures');
    const paused = await subscribe(['LEDGER_READ', 'PROGRESS_READ'], 'paused');
    await updateWebhookSubscription(admin(), { id: paused.subscription.id, active: false });

    const task = await f.newTask({ status: 'NOT_STARTED', deadline: null });
    await reportProgress(f.ctx(f.as.unit, new Date()), {
      taskId: task.id,
      period: '2018-11-01',
      text: '已制定方案',
      percent: 30,
    });
    await updateTask(f.ctx(f.as.office, new Date()), {
      id: task.id,
      version: (await f.taskRow(task.id)).version,
      deadline: '2018-12-31',
    });

    const log = await settled(all.subscription.id, 3);
    expect(log.map((d) => [d.kind, d.status, d.attempts])).toEqual([
      ['TASK_DEADLINE_CHANGED', 'DELIVERED', 1],
      ['TASK_STATUS_CHANGED', 'DELIVERED', 1],
      ['PROGRESS_REPORTED', 'DELIVERED', 1],
    ]);
    await settled(deadlines.subscription.id, 1);
    expect(await listWebhookDeliveries(admin(), { subscriptionId: figures.subscription.id })).toEqual([]);
    expect(await listWebhookDeliveries(admin(), { subscriptionId: paused.subscription.id })).toEqual([]);

    // Each delivery arrived once, genuine by the README's check.
    const arrived = at('all');
    expect(arrived.map((r) => r.headers['rectify-delivery']).sort()).toEqual(
      log.map((d) => String(d.id)).sort(),
    );
    for (const request of arrived) expect(verify(all.secret, request.headers, request.body)).toBe(true);
    expect(at('deadlines').map((r) => JSON.parse(r.body).kind)).toEqual(['TASK_DEADLINE_CHANGED']);
    expect(verify(deadlines.secret, at('deadlines')[0]!.headers, at('deadlines')[0]!.body)).toBe(true);
    expect(at('figures')).toEqual([]);
    expect(at('paused')).toEqual([]);

    // The body is the change as the feed gives it.
    const first = JSON.parse(arrived.find((r) => r.headers['rectify-event'] === 'PROGRESS_REPORTED')!.body);
    expect(first).toMatchObject({
      kind: 'PROGRESS_REPORTED',
      change: { kind: 'PROGRESS_REPORTED', taskId: task.id, data: { percent: 30, period: '2018-11-01' } },
    });
    expect(first.change.data.text).toBeUndefined();

    // A forged body, the wrong secret, or a replay outside the window fail the same check.
    const sample = arrived[0]!;
    expect(verify(all.secret, sample.headers, sample.body.replace('"kind"', '"kind" '))).toBe(false);
    expect(verify(deadlines.secret, sample.headers, sample.body)).toBe(false);
    const sentAt = Number(sample.headers['rectify-timestamp']) * 1000;
    expect(verify(all.secret, sample.headers, sample.body, sentAt + 301_000)).toBe(false);
    expect(verify(all.secret, sample.headers, sample.body, sentAt + 299_000)).toBe(true);

    // Event (the change's commit) to arrival at the partner, as measured here.
    const latencies = arrived
      .map((r) => r.arrivedAt - Date.parse(JSON.parse(r.body).change.at))
      .sort((a, b) => a - b);
    console.info(`webhook latency event→arrival (ms): ${latencies.join(', ')}`);
  });

  it('retries a failing receiver with backoff, logs every attempt, and gives up after the last', async () => {
    answers.set('/flaky', (count) => (count === 1 ? 500 : 200));
    answers.set('/down', () => 503);
    const flaky = await subscribe(['LEDGER_READ'], 'flaky');
    const down = await subscribe(['LEDGER_READ'], 'down');
    const test = await sendTestWebhook(admin(), { subscriptionId: flaky.subscription.id });
    expect(test).toMatchObject({ kind: null, status: 'PENDING', attempts: 0 });
    await sendTestWebhook(admin(), { subscriptionId: down.subscription.id });

    const [flakyLog] = await settled(flaky.subscription.id, 1);
    expect(flakyLog).toMatchObject({ id: test.id, status: 'DELIVERED', attempts: 2, responseStatus: 200 });
    const [downLog] = await settled(down.subscription.id, 1);
    expect(downLog).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      responseStatus: 503,
      lastError: 'the receiver answered 503',
    });
    expect(at('down')).toHaveLength(3);
    const tries = at('flaky');
    expect(tries.map((r) => r.headers['rectify-event'])).toEqual(['TEST', 'TEST']);
    expect(tries.map((r) => r.headers['rectify-delivery'])).toEqual([String(test.id), String(test.id)]);
    // Each attempt is signed anew, and each verifies.
    for (const r of tries) expect(verify(flaky.secret, r.headers, r.body)).toBe(true);
    expect(JSON.parse(tries[0]!.body)).toEqual({ delivery: String(test.id), kind: 'TEST', change: null });
  });

  it('checks the address again when sending: a receiver no longer allowed is not posted to', async () => {
    const moved = await subscribe(['LEDGER_READ'], 'withdrawn');
    vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '');
    try {
      await sendTestWebhook(admin(), { subscriptionId: moved.subscription.id });
      const [log] = await settled(moved.subscription.id, 1);
      expect(log).toMatchObject({ status: 'FAILED', attempts: 3, responseStatus: null });
      expect(log!.lastError).toMatch(
        /^refused to post to 127\.0\.0\.1: 127\.0\.0\.1 is a loopback, private or reserved address/,
      );
      expect(at('withdrawn')).toEqual([]);
    } finally {
      vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
    }
  });

  it('sends a partner that reads reports only the reports published, and nothing about tasks', async () => {
    const reports = await subscribe(['REPORT_READ'], 'reports');
    const ledger = await subscribe(['LEDGER_READ'], 'ledger');
    const task = await f.newTask({ status: 'NOT_STARTED', deadline: null });
    await updateTask(f.ctx(f.as.office, new Date()), {
      id: task.id,
      version: (await f.taskRow(task.id)).version,
      deadline: '2019-01-31',
    });
    const [issue] = await f.t.db.select().from(issues).where(eq(issues.id, f.issueId));
    // Recorded as publishReportDraft records it.
    await recordChange(f.t.db, {
      kind: 'REPORT_PUBLISHED',
      inspectionId: issue!.inspectionId,
      data: { inspectionId: issue!.inspectionId },
    });
    expect((await settled(reports.subscription.id, 1)).map((d) => d.kind)).toEqual(['REPORT_PUBLISHED']);
    expect((await settled(ledger.subscription.id, 1)).map((d) => d.kind)).toEqual(['TASK_DEADLINE_CHANGED']);
    expect(at('reports').map((r) => r.headers['rectify-event'])).toEqual(['REPORT_PUBLISHED']);
  });

  it('lets ADMIN retry a delivery that failed for good: it starts over and arrives', async () => {
    answers.set('/revived', (count) => (count <= 3 ? 503 : 204));
    const revived = await subscribe(['LEDGER_READ'], 'revived');
    await sendTestWebhook(admin(), { subscriptionId: revived.subscription.id });
    const [failed] = await settled(revived.subscription.id, 1);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3 });
    // Only ADMIN, only a failed delivery, only one that exists.
    expect((await failure(retryWebhookDelivery(f.ctx(f.as.office), { id: failed!.id }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(retryWebhookDelivery(admin(), { id: 987_654 }))).code).toBe('NOT_FOUND');
    const retried = await retryWebhookDelivery(admin(), { id: failed!.id });
    expect(retried).toMatchObject({
      id: failed!.id,
      kind: null,
      status: 'PENDING',
      attempts: 0,
      lastError: null,
    });
    expect((await failure(retryWebhookDelivery(admin(), { id: failed!.id }))).code).toBe(
      'INVALID_TRANSITION',
    );
    const [delivered] = await settled(revived.subscription.id, 1);
    expect(delivered).toMatchObject({
      id: failed!.id,
      status: 'DELIVERED',
      attempts: 1,
      responseStatus: 204,
    });
    expect(at('revived').map((r) => r.headers['rectify-delivery'])).toEqual(
      Array(4).fill(String(failed!.id)),
    );
    const [audit] = await f.t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'webhookDelivery.retry'));
    expect(audit!.before).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      lastError: 'the receiver answered 503',
    });
  });

  it('deletes a subscription with its log, and sends it nothing more', async () => {
    const gone = await subscribe(['LEDGER_READ'], 'gone');
    await sendTestWebhook(admin(), { subscriptionId: gone.subscription.id });
    await settled(gone.subscription.id, 1);
    expect(
      (await failure(deleteWebhookSubscription(f.ctx(f.as.office), { id: gone.subscription.id }))).code,
    ).toBe('FORBIDDEN');
    expect(await deleteWebhookSubscription(admin(), { id: gone.subscription.id })).toEqual({
      id: gone.subscription.id,
    });
    expect((await listWebhookSubscriptions(admin())).map((s) => s.id)).not.toContain(gone.subscription.id);
    expect(await listWebhookDeliveries(admin(), { subscriptionId: gone.subscription.id })).toEqual([]);
    // A change committed after it has no delivery for it (deliveries are written with the change).
    const task = await f.newTask({ status: 'NOT_STARTED', deadline: null });
    await updateTask(f.ctx(f.as.office, new Date()), {
      id: task.id,
      version: (await f.taskRow(task.id)).version,
      deadline: '2019-02-28',
    });
    expect(
      await f.t.db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.subscriptionId, gone.subscription.id)),
    ).toEqual([]);
    const [audit] = await f.t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'webhookSubscription.delete'));
    expect(audit!.before).toMatchObject({ id: gone.subscription.id, url: `${base}/gone` });
    expect(JSON.stringify(audit)).not.toContain(gone.secret);
    expect((await failure(deleteWebhookSubscription(admin(), { id: gone.subscription.id }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
