import { makeInspection, makeIssue, makeTask, makeUnit } from '@rectify/db/testing';
import {
  jobDefinitions,
  OUTBOUND_ALLOW_HOSTS_ENV,
  signWebhookBody,
  WEBHOOK_HEADERS,
  webhookDeliveryDefinition,
} from '@rectify/services';
import { recordChange, startHttpReceiver } from '@rectify/services/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// The change feed and webhooks over HTTP: a partner token reads the feed page by page from two servers, and
// ADMIN subscribes an endpoint, sends it a test and reads the delivery log.
let api: TestApi;
let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
let taskId: number;
let unitId: number;

beforeAll(async () => {
  // The partner's endpoint below is on this machine, which the outbound policy refuses unless allowed.
  vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
  // One attempt per delivery here, so that a failure is final at once.
  const definitions = {
    ...jobDefinitions,
    WEBHOOK_DELIVERY: webhookDeliveryDefinition({ retryLimit: 0, retryDelay: 1, retryBackoff: false }),
  };
  api = await startTestApi({ jobs: { pollingIntervalSeconds: 0.5, definitions } });
  // The first request to /revived fails; every other one is taken.
  receiver = await startHttpReceiver((path, count) => (path === '/revived' && count === 1 ? 503 : 200));
  unitId = (await makeUnit(api.db)).id;
  const inspection = await makeInspection(api.db);
  const issue = await makeIssue(api.db, { inspectionId: inspection.id });
  taskId = (await makeTask(api.db, { issueId: issue.id, leadUnitId: unitId, status: 'NOT_STARTED' })).id;
});
afterAll(async () => {
  await receiver?.close();
  await api?.close();
  vi.unstubAllEnvs();
});

const CHANGES = `query ($after: String, $first: Int) {
  changes(after: $after, first: $first) { nodes { cursor kind taskId data } pageInfo { endCursor hasNextPage } }
}`;
interface ChangesData {
  changes: {
    nodes: { cursor: string; kind: string; taskId: number | null; data: Record<string, unknown> }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

async function partnerToken(scopes: string[]) {
  const admin = await api.tokenFor('ADMIN');
  const created = await api.gql<{ createApiClient: { apiClient: { id: number }; token: string } }>(
    `mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiClient { id } token errors { field } } }`,
    {
      input: {
        name: `partner ${scopes.join('+')}`,
        department: '市政务服务数据管理局',
        scopes,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
    { token: admin },
  );
  return created.data!.createApiClient;
}

describe('changes over HTTP', () => {
  it('lets a partner read the feed a page at a time, resuming on another server', async () => {
    const unit = await api.tokenFor('UNIT', { unitId });
    const report = await api.gql(
      `mutation ($input: ReportProgressInput!) { reportProgress(input: $input) { errors { field code } } }`,
      { input: { taskId, period: '2018-11-01', text: '已制定方案', percent: 20 } },
      { token: unit },
    );
    expect(report).toEqual({ data: { reportProgress: { errors: [] } } });
    const { token } = await partnerToken(['LEDGER_READ', 'PROGRESS_READ']);
    const first = await api.gql<ChangesData>(CHANGES, { first: 1 }, { token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.changes.nodes.map((c) => c.kind)).toEqual(['PROGRESS_REPORTED']);
    expect(first.data!.changes.pageInfo.hasNextPage).toBe(true);
    const other = await api.alsoServe({});
    const second = await other<ChangesData>(
      CHANGES,
      { after: first.data!.changes.pageInfo.endCursor, first: 10 },
      { token },
    );
    expect(second.data!.changes.nodes).toEqual([
      expect.objectContaining({
        kind: 'TASK_STATUS_CHANGED',
        taskId,
        data: expect.objectContaining({ from: 'NOT_STARTED', to: 'IN_PROGRESS' }),
      }),
    ]);
    expect(second.data!.changes.pageInfo.hasNextPage).toBe(false);

    const ledgerOnly = await partnerToken(['LEDGER_READ']);
    const seen = await api.gql<ChangesData>(CHANGES, {}, { token: ledgerOnly.token });
    expect(seen.data!.changes.nodes.map((c) => c.kind)).toEqual(['TASK_STATUS_CHANGED']);
    const figures = await partnerToken(['FIGURES_READ']);
    const refused = await api.gql(CHANGES, {}, { token: figures.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A token that reads published reports only polls too, and hears of those alone.
    const inspectionId = (await makeInspection(api.db)).id;
    await recordChange(api.db, { kind: 'REPORT_PUBLISHED', inspectionId, data: { inspectionId } });
    const reports = await partnerToken(['REPORT_READ']);
    const published = await api.gql<ChangesData>(CHANGES, {}, { token: reports.token });
    expect(published.errors).toBeUndefined();
    expect(published.data!.changes.nodes.map((c) => c.kind)).toEqual(['REPORT_PUBLISHED']);
    const bad = await api.gql(CHANGES, { after: 'nonsense' }, { token, locale: 'en' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: [{ field: 'after', code: 'INVALID', message: 'not a cursor of this feed' }],
    });
  });
});

describe('webhook subscriptions over HTTP', () => {
  it('lets ADMIN subscribe an endpoint, see the secret once, send a test and read the log', async () => {
    const admin = await api.tokenFor('ADMIN');
    const { apiClient, token } = await partnerToken(['LEDGER_READ']);
    const created = await api.gql<{
      createWebhookSubscription: { subscription: { id: number; secretPrefix: string }; secret: string };
    }>(
      `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
        subscription { id secretPrefix url active kinds } secret errors { field code } } }`,
      { input: { apiClientId: apiClient.id, url: `${receiver.base}/hook`, kinds: [] } },
      { token: admin },
    );
    const { subscription, secret } = created.data!.createWebhookSubscription;
    expect(secret.startsWith(subscription.secretPrefix)).toBe(true);
    // Partners (and every role but ADMIN) manage nothing here.
    const partner = await api.gql(`query { webhookSubscriptions { id } }`, {}, { token });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const test = await api.gql<{ sendTestWebhook: { delivery: { id: number; status: string } } }>(
      `mutation ($id: Int!) { sendTestWebhook(subscriptionId: $id) { delivery { id status } errors { field } } }`,
      { id: subscription.id },
      { token: admin },
    );
    const delivery = test.data!.sendTestWebhook.delivery;
    expect(delivery.status).toBe('PENDING');
    const log = await vi.waitFor(
      async () => {
        const answer = await api.gql<{
          webhookDeliveries: { id: number; status: string; attempts: number }[];
        }>(
          `query ($id: Int) { webhookDeliveries(subscriptionId: $id) { id kind status attempts responseStatus lastError } }`,
          { id: subscription.id },
          { token: admin },
        );
        expect(answer.data!.webhookDeliveries[0]?.status).toBe('DELIVERED');
        return answer.data!.webhookDeliveries;
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(log).toEqual([
      { id: delivery.id, kind: null, status: 'DELIVERED', attempts: 1, responseStatus: 200, lastError: null },
    ]);
    const [arrived] = receiver.received;
    const timestamp = Number(arrived!.headers[WEBHOOK_HEADERS.timestamp]);
    expect(arrived!.headers[WEBHOOK_HEADERS.signature]).toBe(
      signWebhookBody(secret, timestamp, arrived!.body),
    );
    expect(arrived!.headers[WEBHOOK_HEADERS.kind]).toBe('TEST');
  });

  it("refuses an address inside the network in the caller's language, naming the field", async () => {
    const admin = await api.tokenFor('ADMIN');
    const { apiClient } = await partnerToken(['LEDGER_READ']);
    vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '');
    try {
      for (const [locale, message] of [
        ['zh-CN', /^接收地址指向本机、内网或保留地址（169\.254\.169\.254），不能向其发送/],
        ['en', /^URL points to a loopback, private or reserved address \(169\.254\.169\.254\)/],
      ] as const) {
        const answer = await api.gql<{
          createWebhookSubscription: {
            subscription: null;
            errors: { field: string; code: string; message: string }[];
          };
        }>(
          `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
            subscription { id } errors { field code message } } }`,
          { input: { apiClientId: apiClient.id, url: 'http://169.254.169.254/latest/meta-data/' } },
          { token: admin, locale },
        );
        expect(answer.data!.createWebhookSubscription.subscription).toBeNull();
        expect(answer.data!.createWebhookSubscription.errors).toEqual([
          { field: 'url', code: 'PRIVATE_ADDRESS', message: expect.stringMatching(message) },
        ]);
      }
    } finally {
      vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
    }
  });

  it('lets ADMIN retry a failed delivery and delete a subscription', async () => {
    const admin = await api.tokenFor('ADMIN');
    const { apiClient, token } = await partnerToken(['LEDGER_READ']);
    const created = await api.gql<{ createWebhookSubscription: { subscription: { id: number } } }>(
      `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
        subscription { id } errors { field code } } }`,
      { input: { apiClientId: apiClient.id, url: `${receiver.base}/revived` } },
      { token: admin },
    );
    const { id } = created.data!.createWebhookSubscription.subscription;
    await api.gql(
      `mutation ($id: Int!) { sendTestWebhook(subscriptionId: $id) { errors { field } } }`,
      { id },
      { token: admin },
    );
    const statusOf = (expected: string) =>
      vi.waitFor(
        async () => {
          const answer = await api.gql<{
            webhookDeliveries: { id: number; status: string; attempts: number }[];
          }>(
            `query ($id: Int) { webhookDeliveries(subscriptionId: $id) { id status attempts } }`,
            { id },
            { token: admin },
          );
          expect(answer.data!.webhookDeliveries.map((d) => d.status)).toEqual([expected]);
          return answer.data!.webhookDeliveries[0]!;
        },
        { timeout: 30_000, interval: 100 },
      );
    const failed = await statusOf('FAILED');
    const RETRY = `mutation ($id: Int!) { retryWebhookDelivery(id: $id) { delivery { id status attempts } errors { code } } }`;
    // Partners manage nothing here.
    expect((await api.gql(RETRY, { id: failed.id }, { token })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const retried = await api.gql(RETRY, { id: failed.id }, { token: admin });
    expect(retried.data).toEqual({
      retryWebhookDelivery: { delivery: { id: failed.id, status: 'PENDING', attempts: 0 }, errors: [] },
    });
    expect(await statusOf('DELIVERED')).toMatchObject({ id: failed.id, attempts: 1 });
    const again = await api.gql(RETRY, { id: failed.id }, { token: admin });
    expect(again.data).toEqual({
      retryWebhookDelivery: { delivery: null, errors: [{ code: 'INVALID_TRANSITION' }] },
    });

    const DELETE = `mutation ($id: Int!) { deleteWebhookSubscription(id: $id) { id errors { code } } }`;
    expect((await api.gql(DELETE, { id }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(DELETE, { id }, { token: admin })).data).toEqual({
      deleteWebhookSubscription: { id, errors: [] },
    });
    const listed = await api.gql<{ webhookSubscriptions: { id: number }[] }>(
      `{ webhookSubscriptions { id } }`,
      {},
      { token: admin },
    );
    expect(listed.data!.webhookSubscriptions.map((s) => s.id)).not.toContain(id);
    expect((await api.gql(DELETE, { id }, { token: admin })).data).toEqual({
      deleteWebhookSubscription: { id: null, errors: [{ code: 'NOT_FOUND' }] },
    });
  });
});
