import { apiClients, deliveries, groupRobots, webhookDeliveries, webhookSubscriptions } from '@rectify/db';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryGauge, webhookDeliveryGauge } from '../src/http/delivery-metrics.js';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// The operator's side of outbound notices over GraphQL: channels configured and read back masked, a person's
// own preferences, the deliveries list with retry and cancel, and the counts in the metrics.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ jobs: { pollingIntervalSeconds: 0.5 } });
});
afterAll(async () => {
  await api?.close();
});

const SETTINGS = `mutation ($input: OutboundSettingsInput!) {
  updateOutboundSettings(input: $input) {
    settings { smtp { host port secure username passwordMasked from } consoleUrl quietHours { start end } }
    errors { field code message }
  }
}`;

describe('outbound channels and deliveries over GraphQL', () => {
  it('keeps the mail password and robot tokens masked once stored', async () => {
    const admin = await api.tokenFor('ADMIN');
    const input = {
      smtp: {
        host: 'smtp.example.gov.cn',
        port: 465,
        secure: true,
        username: 'ledger',
        password: 'p@ss-9876',
        from: 'ledger@example.gov.cn',
      },
      consoleUrl: 'https://rectify.example.gov.cn/',
      quietHours: { start: '22:00', end: '07:00' },
    };
    const saved = await api.gql(SETTINGS, { input }, { token: admin });
    expect(saved.data).toEqual({
      updateOutboundSettings: {
        settings: {
          smtp: {
            host: 'smtp.example.gov.cn',
            port: 465,
            secure: true,
            username: 'ledger',
            passwordMasked: '****9876',
            from: 'ledger@example.gov.cn',
          },
          consoleUrl: 'https://rectify.example.gov.cn',
          quietHours: { start: '22:00', end: '07:00' },
        },
        errors: [],
      },
    });
    const wrong = await api.gql<{ updateOutboundSettings: { errors: { field: string; code: string }[] } }>(
      SETTINGS,
      { input: { ...input, smtp: { ...input.smtp, port: 0 }, quietHours: { start: '25:00', end: '07:00' } } },
      { token: admin, locale: 'en' },
    );
    expect(wrong.data!.updateOutboundSettings.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'smtp.port:INVALID_PORT',
      'quietHours.start:INVALID_TIME',
    ]);
    const robot = await api.gql(
      `mutation { saveGroupRobot(input: { name: "整改办群", channel: DINGTALK,
        url: "https://oapi.dingtalk.com/robot/send?access_token=abcdef123456", secret: "SEC000111" }) {
        robot { name channel urlMasked secretSet } errors { code } } }`,
      {},
      { token: admin },
    );
    expect(robot.data).toEqual({
      saveGroupRobot: {
        robot: {
          name: '整改办群',
          channel: 'DINGTALK',
          urlMasked: 'https://oapi.dingtalk.com/robot/send?access_token=****3456',
          secretSet: true,
        },
        errors: [],
      },
    });
    const read = await api.gql(
      '{ outboundSettings { smtp { passwordMasked } } groupRobots { urlMasked } }',
      {},
      { token: admin },
    );
    expect(JSON.stringify(read.data)).not.toMatch(/p@ss-9876|abcdef123456|SEC000111/);
    // Paused, then changed by a form that leaves `active` out: it stays paused.
    const ROBOT = `mutation ($input: GroupRobotInput!) {
      saveGroupRobot(input: $input) { robot { name active } errors { code } } }`;
    const [{ id }] = (await api.db.select({ id: groupRobots.id }).from(groupRobots)) as [{ id: number }];
    const change = { id, channel: 'DINGTALK' };
    const paused = await api.gql(
      ROBOT,
      { input: { ...change, name: '整改办群', active: false } },
      { token: admin },
    );
    expect(paused.data).toEqual({
      saveGroupRobot: { robot: { name: '整改办群', active: false }, errors: [] },
    });
    const renamed = await api.gql(ROBOT, { input: { ...change, name: '整改办工作群' } }, { token: admin });
    expect(renamed.data).toEqual({
      saveGroupRobot: { robot: { name: '整改办工作群', active: false }, errors: [] },
    });
  });

  it('lets every person choose, per kind of notice, how they are told', async () => {
    const office = await api.tokenFor('OFFICE');
    const set = await api.gql(
      `mutation { updateMyNoticePreferences(input: { email: "office@example.gov.cn",
        modes: [{ kind: REVIEW_REQUESTED, mode: EMAIL }, { kind: OVERDUE, mode: DIGEST }] }) {
        preferences { email modes { kind mode } } errors { field code } } }`,
      {},
      { token: office },
    );
    expect(set.errors).toBeUndefined();
    const mine = await api.gql<{
      myNoticePreferences: { email: string; modes: { kind: string; mode: string }[] };
    }>('{ myNoticePreferences { email modes { kind mode } } }', {}, { token: office });
    expect(mine.data?.myNoticePreferences.email).toBe('office@example.gov.cn');
    expect(
      Object.fromEntries(mine.data!.myNoticePreferences.modes.map((m) => [m.kind, m.mode])),
    ).toMatchObject({
      REVIEW_REQUESTED: 'EMAIL',
      OVERDUE: 'DIGEST',
      DECISION_MADE: 'CONSOLE',
    });
  });

  it('lists deliveries for ADMIN with their outcome, retries a failed one, cancels one not yet sent, and counts them', async () => {
    const admin = await api.tokenFor('ADMIN');
    const [failed] = await api.db
      .insert(deliveries)
      .values({
        idempotencyKey: 'test:failed',
        channel: 'EMAIL',
        kind: 'OVERDUE',
        recipient: 'nobody@example.gov.cn',
        subject: '【整改台账】已逾期 / Overdue',
        body: '…',
        status: 'FAILED',
        attempts: 6,
        lastError: 'connect ECONNREFUSED 127.0.0.1:25',
        notBefore: new Date(),
      })
      .returning();
    const list = await api.gql(
      '{ deliveries(status: FAILED) { totalCount nodes { id channel kind recipient status attempts lastError } } }',
      {},
      { token: admin },
    );
    expect(list.data).toEqual({
      deliveries: {
        totalCount: 1,
        nodes: [
          {
            id: failed!.id,
            channel: 'EMAIL',
            kind: 'OVERDUE',
            recipient: 'nobody@example.gov.cn',
            status: 'FAILED',
            attempts: 6,
            lastError: 'connect ECONNREFUSED 127.0.0.1:25',
          },
        ],
      },
    });
    const MANAGE = (name: string) =>
      `mutation ($id: Int!) { ${name}(id: $id) { delivery { status } errors { code } } }`;
    expect((await api.gql(MANAGE('retryDelivery'), { id: failed!.id }, { token: admin })).data).toEqual({
      retryDelivery: { delivery: { status: 'QUEUED' }, errors: [] },
    });
    expect((await api.gql(MANAGE('cancelDelivery'), { id: failed!.id }, { token: admin })).data).toEqual({
      cancelDelivery: { delivery: { status: 'CANCELLED' }, errors: [] },
    });
    expect((await api.gql(MANAGE('cancelDelivery'), { id: failed!.id }, { token: admin })).data).toEqual({
      cancelDelivery: { delivery: null, errors: [{ code: 'INVALID_TRANSITION' }] },
    });
    const registry = new Registry();
    deliveryGauge({ db: api.db }, registry);
    expect(await registry.metrics()).toContain('rectify_deliveries{channel="EMAIL",status="CANCELLED"} 1');
  });

  it('counts partner webhook deliveries by status in the metrics', async () => {
    const [client] = await api.db
      .insert(apiClients)
      .values({
        name: 'metrics partner',
        department: '市数据局',
        scopes: ['LEDGER_READ'],
        tokenHash: 'metrics-partner-hash',
        tokenPrefix: 'rct_metr',
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .returning();
    const [subscription] = await api.db
      .insert(webhookSubscriptions)
      .values({
        apiClientId: client!.id,
        url: 'http://127.0.0.1:9/hook',
        secret: 'sealed',
        secretPrefix: 'whsec_metr',
      })
      .returning();
    // Rows already logged (queued long ago), so that no job of this server touches them while counted.
    const logged = { subscriptionId: subscription!.id, queuedAt: new Date() };
    await api.db.insert(webhookDeliveries).values([
      { ...logged, status: 'DELIVERED', attempts: 1, deliveredAt: new Date() },
      { ...logged, status: 'DELIVERED', attempts: 2, deliveredAt: new Date() },
      { ...logged, status: 'FAILED', attempts: 13 },
    ]);
    const registry = new Registry();
    webhookDeliveryGauge({ db: api.db }, registry);
    const text = await registry.metrics();
    expect(text).toContain('rectify_webhook_deliveries{status="DELIVERED"} 2');
    expect(text).toContain('rectify_webhook_deliveries{status="FAILED"} 1');
    expect(text).not.toContain('status="PENDING"');
  });
});
