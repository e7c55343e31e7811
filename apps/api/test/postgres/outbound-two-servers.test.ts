import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { NotificationKind } from '@rectify/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ReceivedMail,
  type ReceivedPost,
  type ReceivedRequest,
  startHttpReceiver,
  startRobotReceiver,
  startSmtpReceiver,
} from '@rectify/services/testing';
import { type ClusterServer, gql, signIn, startClusterServer } from '../support/api-cluster.js';
import {
  CONFIDENTIAL_COLUMNS,
  confidentialValues,
  mailTexts,
  postTexts,
  requestTexts,
  valuesFoundIn,
} from '../support/confidential-scan.js';
import { adminQuery, freshPlace } from '../support/ops-harness.js';

// Outbound notices end to end: two API processes on one PostgreSQL database, a real SMTP server, a 企业微信 and
// a 钉钉 robot endpoint and a partner's webhook endpoint on this machine. A task's workflow and a clue intake run
// through the servers in turn; each step's e-mails, robot posts and webhooks arrive exactly once (whichever
// server's queue sends them), webhooks signed, and nothing delivered holds a clue's confidential values. The
// time from a step's commit to each arrival is printed per channel, never asserted.

const CONSOLE_URL = 'http://rectify.test';
const SMTP_LOGIN = { username: 'mailer', password: 'smtp-pass-outbound' };
const DING_SECRET = 'SECoutbound-ding-secret';
/** The clue taken in twice (the second intake tells the first one's owner): values of the test's own. */
const CLUE = {
  subject: '（测试）外发被反映人甲',
  informant: '（测试）外发举报人乙',
  summary: '反映其在外发测试工程招投标中收受好处费',
};
/** Longer than the job queue's polling (2 s) plus the webhook pump's (0.5 s): a duplicate would have come. */
const LATE_DUPLICATE_WAIT_MS = 3000;

let place: Awaited<ReturnType<typeof freshPlace>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let robots: Awaited<ReturnType<typeof startRobotReceiver>>;
let partner: Awaited<ReturnType<typeof startHttpReceiver>>;
const servers: ClusterServer[] = [];
let webhookSecret = '';
const ids = { task: 0, unit: 0, leader: 0 };
const tokens: Record<string, Record<string, string>> = {};

const query = async (sql: string, params: unknown[] = []) =>
  (await adminQuery(place.databaseUrl!, sql, params)).rows;

/** The token of a demo account on a server (signed in there once). */
async function tokenOf(server: ClusterServer, username: string) {
  tokens[server.url] ??= {};
  tokens[server.url]![username] ??= await signIn(server.url, username);
  return tokens[server.url]![username]!;
}

/** A mutation that must succeed: its payload, checked to carry no errors. */
async function mutate<T extends { errors?: unknown[] }>(
  server: ClusterServer,
  username: string,
  name: string,
  source: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const data = await gql<Record<string, T>>(server.url, await tokenOf(server, username), source, variables);
  const payload = data?.[name];
  expect(payload?.errors, `${name}: ${JSON.stringify(payload)}`).toEqual([]);
  return payload!;
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

/** Until no e-mail, robot post or webhook is still to go: every one sent (or given up) and logged. */
async function drained() {
  for (;;) {
    const [row] = await query(`select
      (select count(*) from deliveries where status in ('QUEUED', 'RETRYING'))::int
      + (select count(*) from webhook_deliveries where status in ('PENDING', 'RETRYING'))::int as pending`);
    if (row.pending === 0) return;
    await sleep(50);
  }
}

type Channel = 'EMAIL' | 'WECOM' | 'DINGTALK' | 'WEBHOOK';
/** What arrived for one step, and how long after its commit. */
interface Arrivals {
  mails: ReceivedMail[];
  wecom: ReceivedPost[];
  dingtalk: ReceivedPost[];
  webhooks: ReceivedRequest[];
}
const latencies: Record<Channel, number[]> = { EMAIL: [], WECOM: [], DINGTALK: [], WEBHOOK: [] };
const isWecom = (p: ReceivedPost) => p.url.pathname === '/cgi-bin/webhook/send';

/**
 * Runs one step through a server and waits until what it caused is delivered: answers what arrived since it
 * began. The step's answer comes just after its transaction commits, so latencies count from then.
 */
async function step(run: () => Promise<unknown>): Promise<Arrivals> {
  const before = { mails: smtp.mails.length, posts: robots.posts.length, hooks: partner.received.length };
  await run();
  const committedAt = Date.now();
  await drained();
  const posts = robots.posts.slice(before.posts);
  const arrivals = {
    mails: smtp.mails.slice(before.mails),
    wecom: posts.filter(isWecom),
    dingtalk: posts.filter((p) => !isWecom(p)),
    webhooks: partner.received.slice(before.hooks),
  };
  latencies.EMAIL.push(...arrivals.mails.map((m) => m.at - committedAt));
  latencies.WECOM.push(...arrivals.wecom.map((p) => p.at - committedAt));
  latencies.DINGTALK.push(...arrivals.dingtalk.map((p) => p.at - committedAt));
  latencies.WEBHOOK.push(...arrivals.webhooks.map((r) => r.arrivedAt - committedAt));
  return arrivals;
}

const subjectOf = (kind: NotificationKind) =>
  `【整改台账】${NotificationKind.labels[kind].zh} / ${NotificationKind.labels[kind].en}`;
const AWAITS_SUBJECT = '【整改台账】您有一项新的事项 / Something awaits you';
const AWAITS_TEXT = `您有一项新的事项，请登录系统查看。\nSomething awaits you; please sign in to see it.\n\n${CONSOLE_URL}/#/inbox`;

/** Each e-mail as `recipient subject`, sorted: a message twice would show twice. */
const mailed = (mails: ReceivedMail[]) => mails.map((m) => `${m.to.join(',')} ${m.mail.subject}`).sort();
const mail = (user: string, subject: string) => `${user}@rectify.test ${subject}`;
/** Each robot post's first line (the notice's subject), sorted. */
const posted = (posts: ReceivedPost[]) =>
  posts
    .map((p) => (JSON.parse(p.body.toString('utf8')) as { text: { content: string } }).text.content)
    .map((content) => content.split('\n')[0])
    .sort();
/** Each webhook as `kind from→to`, sorted. */
const hooked = (requests: ReceivedRequest[]) =>
  requests
    .map((r) => {
      const { kind, change } = JSON.parse(r.body) as {
        kind: string;
        change: { data: { from?: string; to?: string } };
      };
      return kind === 'TASK_STATUS_CHANGED' ? `${kind} ${change.data.from}→${change.data.to}` : kind;
    })
    .sort();

beforeAll(async () => {
  place = await freshPlace();
  [smtp, robots, partner] = await Promise.all([
    startSmtpReceiver(SMTP_LOGIN),
    startRobotReceiver(),
    startHttpReceiver(),
  ]);
  const options = { jwtSecret: 'outbound-secret-outbound-secret-outbound', metrics: true };
  servers.push(await startClusterServer(place, 'a', { ...options, loadDemo: true }));
  servers.push(await startClusterServer(place, 'b', { ...options, loadDemo: false }));
  const [a] = servers as [ClusterServer];
  const [bound] = await query(`select (select unit_id from users where username = 'unit') as unit,
    (select leader_id from users where username = 'leader') as leader,
    (select min(id) from issues) as issue`);
  ids.unit = bound.unit;
  ids.leader = bound.leader;
  // The task first: nothing is configured yet, so its creation sends nothing.
  const created = await mutate<{ task: { id: number }; errors: unknown[] }>(
    a,
    'office',
    'createTask',
    'mutation ($i: CreateTaskInput!) { createTask(input: $i) { task { id } errors { field code } } }',
    {
      i: {
        issueId: bound.issue,
        measure: '外发通知测试整改措施',
        leaderId: ids.leader,
        leadUnitId: ids.unit,
        deadline: day(60),
        status: 'IN_PROGRESS',
      },
    },
  );
  ids.task = created.task.id;
  await mutate(
    a,
    'admin',
    'updateOutboundSettings',
    'mutation ($i: OutboundSettingsInput!) { updateOutboundSettings(input: $i) { errors { field code } } }',
    {
      i: {
        smtp: {
          host: '127.0.0.1',
          port: smtp.port,
          secure: false,
          ...SMTP_LOGIN,
          from: '整改办 <ledger@rectify.test>',
        },
        consoleUrl: CONSOLE_URL,
        // Sent at once, whatever the hour the test runs at.
        quietHours: null,
      },
    },
  );
  const ROBOT = 'mutation ($i: GroupRobotInput!) { saveGroupRobot(input: $i) { errors { field code } } }';
  await mutate(a, 'admin', 'saveGroupRobot', ROBOT, {
    i: {
      name: '住建局工作群',
      channel: 'WECOM',
      url: `${robots.base}/cgi-bin/webhook/send?key=wecom-key-outbound`,
      unitId: ids.unit,
    },
  });
  await mutate(a, 'admin', 'saveGroupRobot', ROBOT, {
    i: {
      name: '分管领导群',
      channel: 'DINGTALK',
      url: `${robots.base}/robot/send?access_token=ding-token-outbound`,
      secret: DING_SECRET,
      leaderId: ids.leader,
    },
  });
  for (const username of ['unit', 'leader', 'office', 'discipline'])
    await mutate(
      a,
      username,
      'updateMyNoticePreferences',
      'mutation ($i: NoticePreferencesInput!) { updateMyNoticePreferences(input: $i) { errors { field code } } }',
      {
        i: {
          email: `${username}@rectify.test`,
          modes: ['REVIEW_REQUESTED', 'DECISION_MADE'].map((kind) => ({ kind, mode: 'EMAIL' })),
        },
      },
    );
  const client = await mutate<{ apiClient: { id: number }; errors: unknown[] }>(
    a,
    'admin',
    'createApiClient',
    'mutation ($i: CreateApiClientInput!) { createApiClient(input: $i) { apiClient { id } errors { field } } }',
    {
      i: {
        name: '政务数据平台',
        department: '市政务服务数据管理局',
        scopes: ['LEDGER_READ', 'PROGRESS_READ'],
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  const subscription = await mutate<{ secret: string; errors: unknown[] }>(
    a,
    'admin',
    'createWebhookSubscription',
    `mutation ($i: CreateWebhookSubscriptionInput!) {
      createWebhookSubscription(input: $i) { secret errors { field code } } }`,
    { i: { apiClientId: client.apiClient.id, url: `${partner.base}/rectify-hook` } },
  );
  webhookSecret = subscription.secret;
}, 600_000);
afterAll(async () => {
  for (const { api } of servers) if (api.child.exitCode === null) api.child.kill('SIGKILL');
  await Promise.all([smtp?.close(), robots?.close(), partner?.close()]);
  await place?.drop();
});

describe('outbound notices through two API servers', () => {
  it('delivers each step’s e-mails, robot posts and webhooks exactly once, signed, and nothing confidential', async () => {
    const [a, b] = servers as [ClusterServer, ClusterServer];
    const REVIEW = subjectOf('REVIEW_REQUESTED');
    const DECISION = subjectOf('DECISION_MADE');
    const nothing = { mails: [], wecom: [], dingtalk: [], webhooks: [] };
    const seen = (arrivals: Arrivals) => ({
      mails: mailed(arrivals.mails),
      wecom: posted(arrivals.wecom),
      dingtalk: posted(arrivals.dingtalk),
      webhooks: hooked(arrivals.webhooks),
    });

    // 报送进展 (server A): no one is told, the partner hears of the report.
    const progress = await step(() =>
      mutate(
        a,
        'unit',
        'reportProgress',
        'mutation ($i: ReportProgressInput!) { reportProgress(input: $i) { errors { field code } } }',
        { i: { taskId: ids.task, period: day(0), text: '已制定整改方案并推进实施', percent: 80 } },
      ),
    );
    expect(seen(progress)).toEqual({ ...nothing, webhooks: ['PROGRESS_REPORTED'] });

    // 申请销号 (server B, evidence first): the leader, by e-mail and in the leader's group.
    const unitOnB = await tokenOf(b, 'unit');
    const upload = await fetch(
      `${b.url}/files/evidence?taskId=${ids.task}&fileName=${encodeURIComponent('整改报告.pdf')}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${unitOnB}`, 'content-type': 'application/pdf' },
        body: new TextEncoder().encode('%PDF-1.4 outbound evidence'),
      },
    );
    expect(upload.status).toBe(201);
    let request = { id: 0, version: 0 };
    const requested = await step(async () => {
      const payload = await mutate<{ closureRequest: typeof request; errors: unknown[] }>(
        b,
        'unit',
        'requestClosure',
        `mutation ($i: RequestClosureInput!) {
          requestClosure(input: $i) { closureRequest { id version } errors { field code } } }`,
        { i: { taskId: ids.task, statement: '已完成整改' } },
      );
      request = payload.closureRequest;
    });
    expect(seen(requested)).toEqual({
      mails: [mail('leader', REVIEW)],
      wecom: [],
      dingtalk: [REVIEW],
      webhooks: ['TASK_STATUS_CHANGED IN_PROGRESS→CLOSURE_REQUESTED'],
    });

    // 签字背书 (server A): the unit is told of the decision, the office asked to review.
    const REVIEW_MUTATION = (name: string) =>
      `mutation ($i: ReviewRequestInput!) { ${name}(input: $i) { closureRequest { id version } errors { field code } } }`;
    const endorsed = await step(async () => {
      const payload = await mutate<{ closureRequest: typeof request; errors: unknown[] }>(
        a,
        'leader',
        'endorseClosureRequest',
        REVIEW_MUTATION('endorseClosureRequest'),
        { i: { ...request, decision: 'APPROVE' } },
      );
      request = payload.closureRequest;
    });
    expect(seen(endorsed)).toEqual({
      mails: [mail('office', REVIEW), mail('unit', DECISION)].sort(),
      wecom: [DECISION],
      dingtalk: [],
      webhooks: [],
    });

    // 销号审核 (server B): the task closes; unit and leader are told, in both groups.
    const approved = await step(() =>
      mutate(b, 'office', 'approveClosureRequest', REVIEW_MUTATION('approveClosureRequest'), {
        i: { ...request, decision: 'APPROVE' },
      }),
    );
    expect(seen(approved)).toEqual({
      mails: [mail('leader', DECISION), mail('unit', DECISION)].sort(),
      wecom: [DECISION],
      dingtalk: [DECISION],
      webhooks: ['TASK_STATUS_CHANGED CLOSURE_REQUESTED→CLOSED'],
    });

    // 回头看 (server A): reopened with a new deadline.
    const [task] = await query('select version from tasks where id = $1', [ids.task]);
    const reopened = await step(() =>
      mutate(
        a,
        'office',
        'reopenTask',
        'mutation ($i: ReopenTaskInput!) { reopenTask(input: $i) { errors { field code } } }',
        { i: { id: ids.task, version: task.version, reason: '回头看发现问题反弹', deadline: day(30) } },
      ),
    );
    expect(seen(reopened)).toEqual({
      mails: [mail('leader', DECISION), mail('unit', DECISION)].sort(),
      wecom: [DECISION],
      dingtalk: [DECISION],
      webhooks: ['TASK_DEADLINE_CHANGED', 'TASK_STATUS_CHANGED CLOSED→REOPENED'].sort(),
    });

    // A clue taken in on server A, then again by another handler on server B: the first handler (DISCIPLINE)
    // is asked to check the duplicate — told only that something awaits; no group, no partner hears of it.
    const INTAKE = `mutation ($i: IntakeClueCaseInput!) { intakeClueCase(input: $i) { errors { field code } } }`;
    const intake = { source: 'DIRECT_REPORT', kind: 'PROBLEM_CLUE', receivedDate: day(0), ...CLUE };
    expect(seen(await step(() => mutate(a, 'discipline', 'intakeClueCase', INTAKE, { i: intake })))).toEqual(
      nothing,
    );
    const duplicate = await step(() =>
      mutate(b, 'discipline2', 'intakeClueCase', INTAKE, {
        i: { ...intake, informant: '（测试）另一举报人' },
      }),
    );
    expect(seen(duplicate)).toEqual({ ...nothing, mails: [mail('discipline', AWAITS_SUBJECT)] });
    expect(duplicate.mails[0]!.mail.text?.trim()).toBe(AWAITS_TEXT);

    // Nothing more comes later: no notice went twice, whichever server's queue took it.
    const totals = () => [smtp.mails.length, robots.posts.length, partner.received.length];
    const counted = totals();
    await sleep(LATE_DUPLICATE_WAIT_MS);
    await drained();
    expect(totals()).toEqual(counted);
    expect(counted).toEqual([8, 6, 5]);
    const outcomes = await query(`select channel::text as channel, status::text as status, count(*)::int as n
      from deliveries group by 1, 2 union all
      select 'WEBHOOK', status::text, count(*)::int from webhook_deliveries group by 2 order by 1, 2`);
    expect(outcomes).toEqual([
      { channel: 'DINGTALK', status: 'SENT', n: 3 },
      { channel: 'EMAIL', status: 'SENT', n: 8 },
      { channel: 'WEBHOOK', status: 'DELIVERED', n: 5 },
      { channel: 'WECOM', status: 'SENT', n: 3 },
    ]);
    // Each message by its own delivery: e-mails by Message-ID, webhooks by Rectify-Delivery.
    expect(new Set(smtp.mails.map((m) => m.mail.messageId)).size).toBe(8);
    expect(new Set(partner.received.map((r) => r.headers['rectify-delivery'])).size).toBe(5);

    // Webhooks signed with the subscription's secret, over the raw body, within the replay window.
    for (const hook of partner.received) {
      const timestamp = String(hook.headers['rectify-timestamp']);
      expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);
      const expected = `v1=${createHmac('sha256', webhookSecret).update(`${timestamp}.${hook.body}`).digest('hex')}`;
      expect(hook.headers['rectify-signature']).toBe(expected);
    }
    // 钉钉's 加签: timestamp and sign in the address.
    for (const post of robots.posts.filter((p) => !isWecom(p))) {
      const timestamp = post.url.searchParams.get('timestamp');
      const sign = createHmac('sha256', DING_SECRET).update(`${timestamp}\n${DING_SECRET}`).digest('base64');
      expect(post.url.searchParams.get('sign')).toBe(sign);
    }
    for (const m of smtp.mails) expect(m.mail.text).toContain(`${CONSOLE_URL}/#/inbox`);

    // Not one delivered byte holds a clue's subject, informant or matter: of the demo's cases or this test's.
    const values = confidentialValues(await query(`select ${CONFIDENTIAL_COLUMNS} from clue_cases`));
    expect(values).toEqual(expect.arrayContaining(Object.values(CLUE)));
    expect(values.length).toBeGreaterThan(Object.values(CLUE).length);
    const delivered = [
      ...smtp.mails.flatMap(mailTexts),
      ...robots.posts.flatMap(postTexts),
      ...partner.received.flatMap(requestTexts),
    ];
    expect(valuesFoundIn(delivered, values)).toEqual([]);
    // The search can fail: it finds every value where one is, and reads e-mails decoded (their source alone
    // does not hold the Chinese text a reader sees).
    const control = values.map(
      (value, i) => `【整改台账】第${i}项：${value.slice(0, 3)} ${value.slice(3)}。`,
    );
    expect(valuesFoundIn(control, values)).toEqual(values);
    const awaits = '您有一项新的事项';
    expect(valuesFoundIn([duplicate.mails[0]!.raw], [awaits])).toEqual([]);
    expect(valuesFoundIn(mailTexts(duplicate.mails[0]!), [awaits])).toEqual([awaits]);

    // The metrics of either server count them (database totals).
    const metrics = await (await fetch(b.metricsUrl!)).text();
    expect(metrics).toContain('rectify_webhook_deliveries{status="DELIVERED"} 5');
    expect(metrics).toContain('rectify_deliveries{channel="EMAIL",status="SENT"} 8');

    const ms = (list: number[]) => {
      const sorted = [...list].sort((x, y) => x - y);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      return {
        messages: list.length,
        min_ms: sorted[0] ?? 0,
        median_ms: at(0.5),
        max_ms: sorted.at(-1) ?? 0,
      };
    };
    console.log('outbound latency, a step’s commit → arrival, two API servers on PostgreSQL');
    console.table(
      Object.fromEntries(Object.entries(latencies).map(([channel, list]) => [channel, ms(list)])),
    );
  }, 300_000);
});
