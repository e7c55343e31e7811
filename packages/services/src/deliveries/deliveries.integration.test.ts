import { createHmac } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auditEvents, deliveries, groupRobots, notifications, queryRows, settings } from '@rectify/db';
import type { NotificationKind } from '@rectify/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { approveClueDisclosure } from '../clues/approve-clue-disclosure.js';
import { requestClueDisclosure } from '../clues/request-clue-disclosure.js';
import {
  type ClueFixture,
  intakeAs,
  makeClueFixture,
  petition,
  SECRET,
} from '../clues/testing/clue-fixtures.js';
import { createJobQueue, type JobQueue } from '../jobs/job-queue.js';
import { reportProgress } from '../ledger/report-progress.js';
import { OUTBOUND_ALLOW_HOSTS_ENV } from '../outbound/outbound-policy.js';
import { failure, fieldCodes } from '../testing/assertions.js';
import { approveClosureRequest } from '../workflow/approve-closure-request.js';
import { endorseClosureRequest } from '../workflow/endorse-closure-request.js';
import { reopenTask } from '../workflow/reopen-task.js';
import { requestClosure } from '../workflow/request-closure.js';
import { type WorkflowFixture, workflowFixture } from '../workflow/test-fixture.js';
import { deleteGroupRobot } from './delete-group-robot.js';
import { sendDigestDeliveries } from './digest-deliveries.js';
import { listDeliveries } from './list-deliveries.js';
import { cancelDelivery, retryDelivery } from './manage-delivery.js';
import { updateMyNoticePreferences } from './notice-preferences.js';
import { listGroupRobots, saveGroupRobot, updateOutboundSettings } from './outbound-settings.js';
import { queueWaitingDeliveries } from './plan-deliveries.js';
import { encryptSecret } from './secret-box.js';
import { runDelivery } from './send-delivery.js';
import { startRobotReceiver, startSmtpReceiver } from './testing/receivers.js';

// One database, one SMTP server, one robot endpoint and two job queues (two servers) for the file.
let f: WorkflowFixture;
let clues: ClueFixture;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let robots: Awaited<ReturnType<typeof startRobotReceiver>>;
const queues: JobQueue[] = [];
const CONSOLE = 'http://console.test';
const MATTER = '反映其在工程招投标中违规干预、收受好处费';
const SMTP_PASSWORD = 'smtp-pass-4711';
const WECOM_KEY = 'wecom-key-0001';
const DING_TOKEN = 'ding-token-0002';
const DING_SECRET = 'SECding-secret-0003';

beforeAll(async () => {
  // The robot endpoint below listens on this machine, which the outbound policy refuses unless allowed.
  vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
  f = await workflowFixture();
  clues = await makeClueFixture(f.t.db);
  smtp = await startSmtpReceiver({ username: 'mailer', password: SMTP_PASSWORD });
  robots = await startRobotReceiver();
  const admin = f.ctx(f.as.admin);
  await updateOutboundSettings(admin, {
    smtp: {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      username: 'mailer',
      password: SMTP_PASSWORD,
      from: '整改办 <ledger@rectify.test>',
    },
    consoleUrl: CONSOLE,
    quietHours: null,
  });
  await saveGroupRobot(admin, {
    name: '住建局工作群',
    channel: 'WECOM',
    url: `${robots.base}/cgi-bin/webhook/send?key=${WECOM_KEY}`,
    unitId: f.unitIds.lead,
  });
  await saveGroupRobot(admin, {
    name: '分管领导群',
    channel: 'DINGTALK',
    url: `${robots.base}/robot/send?access_token=${DING_TOKEN}`,
    secret: DING_SECRET,
    leaderId: f.leaderIds.own,
  });
  const everything = (mode: 'EMAIL' | 'DIGEST') =>
    (['REVIEW_REQUESTED', 'DECISION_MADE', 'DEADLINE_NEAR', 'OVERDUE'] as NotificationKind[]).map((kind) => ({
      kind,
      mode,
    }));
  await updateMyNoticePreferences(f.ctx(f.as.unit), {
    email: 'unit@rectify.test',
    modes: everything('EMAIL'),
  });
  await updateMyNoticePreferences(f.ctx(f.as.leader), {
    email: 'leader@rectify.test',
    modes: everything('EMAIL'),
  });
  await updateMyNoticePreferences(f.ctx(f.as.office), {
    email: 'office@rectify.test',
    modes: everything('DIGEST'),
  });
  for (const who of ['d1', 'd2', 'd3'] as const) {
    await updateMyNoticePreferences(clues.ctx(clues.actor(who)), {
      email: `${who}@rectify.test`,
      modes: everything('EMAIL'),
    });
  }
  for (let i = 0; i < 2; i++) queues.push(createJobQueue(f.t, { pollingIntervalSeconds: 0.5 }));
  await Promise.all(queues.map((q) => q.start()));
}, 60_000);
afterAll(async () => {
  for (const queue of queues) await queue.stop(1000);
  await smtp?.close();
  await robots?.close();
  await f?.close();
  vi.unstubAllEnvs();
});

/** Until no delivery is still to go (the queue works them; a test never waits on a clock). */
async function settled() {
  for (;;) {
    const [row] = await f.t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(deliveries)
      .where(inArray(deliveries.status, ['QUEUED', 'RETRYING']));
    if (row?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const rows = () => f.t.db.select().from(deliveries).orderBy(asc(deliveries.id));

describe('outbound deliveries of a workflow run', () => {
  it('mails and posts each notice once, in the robots’ exact formats, with nothing confidential', async () => {
    const day = (d: string) => `2018-11-${d}+08:00`;
    const task = await f.newTask();
    await f.upload(task.id);
    const events: { label: string; at: number }[] = [];
    const event = async <T>(label: string, run: () => Promise<T>) => {
      events.push({ label, at: Date.now() });
      return run();
    };
    await event('report', () =>
      reportProgress(f.ctx(f.as.unit, day('19T09:00:00')), {
        taskId: task.id,
        period: '2018-11-01',
        text: '已完成排查',
        percent: 80,
      }),
    );
    const { closureRequest } = await event('request', () =>
      requestClosure(f.ctx(f.as.unit, day('20T09:00:00')), { taskId: task.id, statement: '已完成整改' }),
    );
    const endorsed = await event('endorse', () =>
      endorseClosureRequest(f.ctx(f.as.leader, day('21T10:00:00')), {
        id: closureRequest.id,
        version: closureRequest.version,
        decision: 'APPROVE',
      }),
    );
    const approved = await event('approve', () =>
      approveClosureRequest(f.ctx(f.as.office, day('22T11:00:00')), {
        id: closureRequest.id,
        version: endorsed.closureRequest.version,
        decision: 'APPROVE',
      }),
    );
    await event('reopen', () =>
      reopenTask(f.ctx(f.as.office, day('23T11:00:00')), {
        id: task.id,
        version: approved.task.version,
        reason: '回头看发现反弹',
        deadline: '2018-12-31',
      }),
    );
    const clue = await event('clue intake', () =>
      intakeAs(clues, 'd1', petition(clues, { ownerUserIds: [clues.users.d2] })),
    );
    const disclosure = await event('clue disclosure request', () =>
      requestClueDisclosure(clues.ctx(clues.actor('d3')), {
        clueCaseId: clue.id,
        granteeUserId: clues.users.d3,
        reason: '并案核查需要',
      }),
    );
    await event('clue disclosure approval', () =>
      approveClueDisclosure(clues.ctx(clues.actor('d2')), {
        id: disclosure.id,
        version: disclosure.version,
        comment: '同意',
      }),
    );
    await settled();
    await sendDigestDeliveries(f.t.db, new Date(day('24T07:00:00')));
    await settled();

    const all = await rows();
    expect(all.filter((r) => r.status !== 'SENT' && r.status !== 'DIGESTED')).toEqual([]);
    // Each row went once: as many e-mails and posts arrived as rows were sent, every Message-ID once.
    const sentMail = all.filter((r) => r.channel === 'EMAIL' && r.status === 'SENT');
    expect(smtp.mails).toHaveLength(sentMail.length);
    expect(new Set(smtp.mails.map((m) => m.mail.messageId)).size).toBe(smtp.mails.length);
    expect(robots.posts).toHaveLength(all.filter((r) => r.channel !== 'EMAIL').length);
    expect(all.every((r) => r.status !== 'SENT' || r.attempts === 1)).toBe(true);

    const to = (address: string) => smtp.mails.filter((m) => m.to.includes(address));
    expect(to('leader@rectify.test').map((m) => m.mail.subject)).toEqual([
      '【整改台账】待您审核 / Review requested',
      // The approval, then the look-back that reopened the task.
      '【整改台账】审核结果 / Decision made',
      '【整改台账】审核结果 / Decision made',
    ]);
    expect(to('unit@rectify.test').length).toBeGreaterThanOrEqual(2);
    // The office asked for the digest: one e-mail gathering the day’s review requests.
    const digest = to('office@rectify.test');
    expect(digest.map((m) => m.mail.subject)).toEqual(['【整改台账】每日汇总（1项） / Daily digest (1)']);
    expect(digest[0]!.mail.text).toContain(`${CONSOLE}/#/inbox`);
    const leaderMail = to('leader@rectify.test')[0]!;
    expect(leaderMail.mail.from?.value).toEqual([{ name: '整改办', address: 'ledger@rectify.test' }]);
    const [notice] = await f.t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, f.as.leader.userId!), eq(notifications.kind, 'REVIEW_REQUESTED')));
    const message = notice!.message;
    expect(leaderMail.mail.text?.trimEnd()).toBe(`${message.zh}\n${message.en}\n\n${CONSOLE}/#/inbox`);

    // 钉钉 (the leader's group): the request's notice, signed; 企业微信 (the unit's group): decisions.
    const ding = robots.posts.filter((p) => p.url.pathname === '/robot/send');
    const wecom = robots.posts.filter((p) => p.url.pathname === '/cgi-bin/webhook/send');
    expect(ding.length).toBeGreaterThanOrEqual(1);
    expect(wecom.length).toBeGreaterThanOrEqual(1);
    const dingContent = `【整改台账】待您审核 / Review requested\n${message.zh}\n${message.en}\n\n${CONSOLE}/#/inbox`;
    expect(
      ding[0]!.body.equals(
        Buffer.from(`{"msgtype":"text","text":{"content":${JSON.stringify(dingContent)}}}`),
      ),
    ).toBe(true);
    expect(ding[0]!.contentType).toBe('application/json; charset=utf-8');
    for (const post of ding) {
      const timestamp = post.url.searchParams.get('timestamp')!;
      expect([...post.url.searchParams.keys()]).toEqual(['access_token', 'timestamp', 'sign']);
      expect(post.url.searchParams.get('access_token')).toBe(DING_TOKEN);
      expect(post.url.searchParams.get('sign')).toBe(
        createHmac('sha256', DING_SECRET).update(`${timestamp}\n${DING_SECRET}`).digest('base64'),
      );
    }
    for (const post of wecom) {
      expect(post.url.search).toBe(`?key=${WECOM_KEY}`);
      expect(JSON.parse(post.body.toString('utf8'))).toMatchObject({ msgtype: 'text', text: {} });
      expect(Object.keys(JSON.parse(post.body.toString('utf8')) as object)).toEqual(['msgtype', 'text']);
    }

    // DISCIPLINE readers were told only that something awaits, with a link.
    for (const who of ['d1', 'd2', 'd3'] as const) {
      const theirs = to(`${who}@rectify.test`);
      if (who !== 'd1') expect(theirs.length, who).toBeGreaterThan(0);
      for (const m of theirs) {
        expect(m.mail.subject).toBe('【整改台账】您有一项新的事项 / Something awaits you');
        expect(m.mail.text?.trimEnd()).toBe(
          `您有一项新的事项，请登录系统查看。\nSomething awaits you; please sign in to see it.\n\n${CONSOLE}/#/inbox`,
        );
      }
    }
    const secrets = [...Object.values(SECRET), MATTER, clue.serial ?? MATTER, String(clue.summary ?? MATTER)];
    const outbound = [
      ...smtp.mails.flatMap((m) => [m.raw, m.mail.subject ?? '', m.mail.text ?? '']),
      ...robots.posts.map((p) => p.body.toString('utf8')),
      ...all.flatMap((r) => [r.subject, r.body]),
    ];
    for (const text of outbound) for (const secret of secrets) expect(text).not.toContain(secret);

    // Latency: from the event to the message arriving, per delivered message.
    const arrivals = [...smtp.mails.map((m) => m.at), ...robots.posts.map((p) => p.at)];
    const latencies = arrivals
      .map((at) => at - Math.max(...events.map((e) => e.at).filter((e) => e <= at)))
      .sort((a, b) => a - b);
    console.info(
      `delivery latency (event → arrival, ${latencies.length} messages, pg-boss polling 0.5 s): ` +
        `median ${latencies[Math.floor(latencies.length / 2)]} ms, max ${latencies.at(-1)} ms; ` +
        `e-mails ${smtp.mails.length}, 企业微信 ${wecom.length}, 钉钉 ${ding.length}`,
    );
  }, 120_000);

  it('keeps channel secrets sealed at rest and shows them masked', async () => {
    const [stored] = await f.t.db.select().from(settings).where(eq(settings.key, 'outbound'));
    const robotRows = await f.t.db.select().from(groupRobots);
    const atRest = JSON.stringify([stored, robotRows]);
    for (const secret of [SMTP_PASSWORD, WECOM_KEY, DING_TOKEN, DING_SECRET])
      expect(atRest).not.toContain(secret);
    expect(robotRows.map((r) => r.urlMasked).sort()).toEqual([
      `${robots.base}/cgi-bin/webhook/send?key=****0001`,
      `${robots.base}/robot/send?access_token=****0002`,
    ]);
    const view = await updateOutboundSettings(f.ctx(f.as.admin), {});
    expect(view.smtp).toMatchObject({ username: 'mailer', passwordMasked: '****4711' });
    expect(JSON.stringify(view)).not.toContain(SMTP_PASSWORD);
    expect((await failure(updateOutboundSettings(f.ctx(f.as.office), {}))).code).toBe('FORBIDDEN');
    expect((await failure(listDeliveries(f.ctx(f.as.office)))).code).toBe('FORBIDDEN');
  });

  it('holds a notice in the quiet hours, and lets ADMIN cancel and retry it', async () => {
    const now = new Date();
    const china = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(11, 16);
    const start = china(now.getTime() - 3_600_000);
    const end = china(now.getTime() + 2 * 3_600_000);
    await updateOutboundSettings(f.ctx(f.as.admin), { quietHours: { start, end } });
    const task = await f.newTask();
    await f.upload(task.id);
    await requestClosure(f.ctx(f.as.unit, now), { taskId: task.id, statement: '已完成整改' });
    const held = (await rows()).filter((r) => r.status === 'QUEUED');
    expect(held.length).toBeGreaterThan(0);
    for (const row of held) {
      expect(china(row.notBefore.getTime())).toBe(end);
      expect(row.notBefore.getTime()).toBeGreaterThan(now.getTime());
      const [job] = await queryRows<{ startAfter: string | Date }>(
        f.t.db,
        sql`select start_after as "startAfter" from pgboss.job where id = ${row.jobId}::uuid`,
      );
      expect(new Date(job!.startAfter).getTime()).toBe(row.notBefore.getTime());
    }
    const admin = f.ctx(f.as.admin);
    const mailsBefore = smtp.mails.length;
    const cancelled = await cancelDelivery(admin, { id: held[0]!.id });
    expect(cancelled.status).toBe('CANCELLED');
    // Its job, whenever it runs, finds it cancelled and sends nothing.
    expect(await runDelivery(f.t.db, { deliveryId: held[0]!.id }, 5)).toEqual({ status: 'CANCELLED' });
    expect((await failure(cancelDelivery(admin, { id: held[0]!.id }))).code).toBe('INVALID_TRANSITION');
    // Retried by ADMIN: queued at once, and sent.
    await updateOutboundSettings(admin, { quietHours: null });
    expect((await retryDelivery(admin, { id: held[0]!.id })).status).toBe('QUEUED');
    for (;;) {
      const [row] = await f.t.db.select().from(deliveries).where(eq(deliveries.id, held[0]!.id));
      if (row?.status === 'SENT') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(smtp.mails.length + robots.posts.length).toBeGreaterThan(mailsBefore);
    for (const row of held.slice(1)) await cancelDelivery(admin, { id: row.id });
  }, 60_000);

  it('records a refused attempt for a retry, and lists it with its error for ADMIN', async () => {
    robots.refuse.add('/robot/send');
    const task = await f.newTask();
    await f.upload(task.id);
    await requestClosure(f.ctx(f.as.unit, '2018-11-25T09:00:00+08:00'), {
      taskId: task.id,
      statement: '已完成',
    });
    const ding = (await rows()).filter((r) => r.channel === 'DINGTALK').at(-1);
    for (;;) {
      const [row] = await f.t.db.select().from(deliveries).where(eq(deliveries.id, ding!.id));
      if (row?.status === 'RETRYING') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { nodes } = await listDeliveries(f.ctx(f.as.admin), { id: ding!.id });
    expect(nodes).toMatchObject([
      {
        channel: 'DINGTALK',
        kind: 'REVIEW_REQUESTED',
        recipient: '分管领导群',
        status: 'RETRYING',
        attempts: 1,
        lastError: 'robot refused: 310000 sign not match',
      },
    ]);
    await cancelDelivery(f.ctx(f.as.admin), { id: ding!.id });
    robots.refuse.clear();
    await settled();
  }, 60_000);

  it('gives a delivery planned before any queue existed its job when a queue starts', async () => {
    const [waiting] = await f.t.db
      .insert(deliveries)
      .values({
        idempotencyKey: 'test:waiting',
        channel: 'EMAIL',
        kind: 'OVERDUE',
        recipient: 'unit@rectify.test',
        subject: '【整改台账】已逾期 / Overdue',
        body: 'waiting',
        status: 'QUEUED',
        notBefore: new Date(),
      })
      .returning();
    expect(await queueWaitingDeliveries(f.t.db)).toBe(1);
    await settled();
    const [sent] = await f.t.db.select().from(deliveries).where(eq(deliveries.id, waiting!.id));
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(smtp.mails.at(-1)?.mail.text?.trim()).toBe('waiting');
  });

  it('keeps a delivery cancelled while its attempt was under way cancelled, never retried', async () => {
    // A robot endpoint that holds the post until the test answers it.
    let held: (response: ServerResponse) => void = () => {};
    const arrived = new Promise<ServerResponse>((resolve) => {
      held = resolve;
    });
    const endpoint = createServer((_request, response) => held(response));
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/send?key=slow`;
    try {
      const [robot] = await f.t.db
        .insert(groupRobots)
        .values({ name: '慢群', channel: 'WECOM', urlEncrypted: encryptSecret(url), urlMasked: '****slow' })
        .returning();
      // No job: this test runs the attempts itself.
      const [row] = await f.t.db
        .insert(deliveries)
        .values({
          idempotencyKey: 'test:cancelled-in-flight',
          channel: 'WECOM',
          kind: 'OVERDUE',
          robotId: robot!.id,
          recipient: '慢群',
          subject: '【整改台账】已逾期 / Overdue',
          body: 'in flight',
          status: 'QUEUED',
          notBefore: new Date(),
        })
        .returning();
      const attempt = runDelivery(f.t.db, { deliveryId: row!.id }, 5);
      const response = await arrived;
      expect((await cancelDelivery(f.ctx(f.as.admin), { id: row!.id })).status).toBe('CANCELLED');
      response.writeHead(502).end('bad gateway');
      expect(await attempt).toEqual({ status: 'CANCELLED' });
      const [after] = await f.t.db.select().from(deliveries).where(eq(deliveries.id, row!.id));
      expect(after).toMatchObject({
        status: 'CANCELLED',
        attempts: 1,
        lastError: 'robot answered HTTP 502: bad gateway',
      });
      // A later run of its job (a retry) finds it cancelled and sends nothing.
      expect(await runDelivery(f.t.db, { deliveryId: row!.id }, 5)).toEqual({ status: 'CANCELLED' });
      await f.t.db.update(groupRobots).set({ active: false }).where(eq(groupRobots.id, robot!.id));
    } finally {
      endpoint.closeAllConnections();
      await new Promise((resolve) => endpoint.close(resolve));
    }
  });

  it('refuses a robot address on this machine or the intranet, on saving and again on posting', async () => {
    const admin = f.ctx(f.as.admin);
    const [wecom] = (await listGroupRobots(admin)).filter((r) => r.channel === 'WECOM');
    vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '');
    try {
      for (const url of [
        `${robots.base}/cgi-bin/webhook/send?key=x`,
        'http://169.254.169.254/latest/meta-data/',
      ]) {
        for (const call of [
          () => saveGroupRobot(admin, { name: '内网机器人', channel: 'WECOM', url, unitId: f.unitIds.other }),
          () => saveGroupRobot(admin, { ...wecom!, url }),
        ]) {
          const error = await failure(call());
          expect(fieldCodes(error)).toEqual(['url:PRIVATE_ADDRESS']);
          expect(error.fieldErrors[0]!.message.zh).toMatch(/^Webhook 地址指向本机、内网或保留地址（/);
          expect(error.fieldErrors[0]!.message.en).toMatch(/^Webhook address points to a loopback, private/);
        }
      }
      // Saved while allowed, posted once no longer allowed: refused before connecting, and retried later.
      const [row] = await f.t.db
        .insert(deliveries)
        .values({
          idempotencyKey: 'test:guarded-robot',
          channel: 'WECOM',
          kind: 'OVERDUE',
          robotId: wecom!.id,
          recipient: wecom!.name,
          subject: '已逾期',
          body: 'guarded',
          status: 'QUEUED',
          notBefore: new Date(),
        })
        .returning();
      const posted = robots.posts.length;
      await expect(runDelivery(f.t.db, { deliveryId: row!.id }, 5)).rejects.toThrow(
        /^refused to post to 127\.0\.0\.1: 127\.0\.0\.1 is a loopback, private or reserved address/,
      );
      const [after] = await f.t.db.select().from(deliveries).where(eq(deliveries.id, row!.id));
      expect(after).toMatchObject({ status: 'RETRYING', attempts: 1 });
      expect(robots.posts.length).toBe(posted);
      await cancelDelivery(admin, { id: row!.id });
    } finally {
      vi.stubEnv(OUTBOUND_ALLOW_HOSTS_ENV, '127.0.0.1');
    }
  });

  it('posts nothing to a robot switched off, and deletes one, cancelling what it had still to post', async () => {
    const admin = f.ctx(f.as.admin);
    const [ding] = (await listGroupRobots(admin)).filter((r) => r.channel === 'DINGTALK');
    const off = await saveGroupRobot(admin, { ...ding!, active: false });
    expect(off).toMatchObject({ id: ding!.id, active: false, secretSet: true, urlMasked: ding!.urlMasked });
    const before = (await rows()).length;
    const task = await f.newTask();
    await f.upload(task.id);
    await requestClosure(f.ctx(f.as.unit), { taskId: task.id, statement: '已完成' });
    const planned = (await rows()).slice(before);
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.filter((r) => r.robotId === ding!.id)).toEqual([]);
    await settled();

    // A robot with a message still to post and one sent: deleting it cancels the first, and both stay listed.
    const [pending, sent] = await f.t.db
      .insert(deliveries)
      .values(
        (['QUEUED', 'SENT'] as const).map((status) => ({
          idempotencyKey: `test:deleted-robot:${status}`,
          channel: 'DINGTALK' as const,
          kind: 'OVERDUE',
          robotId: ding!.id,
          recipient: ding!.name,
          subject: '已逾期',
          body: status,
          status,
          notBefore: new Date(),
        })),
      )
      .returning();
    expect((await failure(deleteGroupRobot(f.ctx(f.as.office), { id: ding!.id }))).code).toBe('FORBIDDEN');
    expect(await deleteGroupRobot(admin, { id: ding!.id })).toEqual({ id: ding!.id });
    expect((await listGroupRobots(admin)).map((r) => r.id)).not.toContain(ding!.id);
    const kept = await f.t.db
      .select()
      .from(deliveries)
      .where(inArray(deliveries.id, [pending!.id, sent!.id]))
      .orderBy(asc(deliveries.id));
    expect(kept.map((r) => [r.status, r.robotId, r.recipient])).toEqual([
      ['CANCELLED', null, ding!.name],
      ['SENT', null, ding!.name],
    ]);
    expect((await failure(deleteGroupRobot(admin, { id: ding!.id }))).code).toBe('NOT_FOUND');
  });

  it('keeps a robot on or off when an edit leaves `active` out, and audits each change before and after', async () => {
    const admin = f.ctx(f.as.admin);
    const url = `${robots.base}/cgi-bin/webhook/send?key=audit-key-0004`;
    const route = { channel: 'WECOM' as const, unitId: f.unitIds.other };
    const created = await saveGroupRobot(admin, { name: '其他单位群', url, ...route });
    expect(created.active).toBe(true);
    const lastAudit = async () => {
      const [event] = await f.t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, 'groupRobot'), eq(auditEvents.entityId, String(created.id))))
        .orderBy(desc(auditEvents.id))
        .limit(1);
      return event;
    };
    expect(await lastAudit()).toMatchObject({ action: 'groupRobot.create', before: null });

    const paused = await saveGroupRobot(admin, {
      id: created.id,
      name: '其他单位群',
      ...route,
      active: false,
    });
    expect(paused.active).toBe(false);
    expect(await lastAudit()).toMatchObject({
      action: 'groupRobot.update',
      before: { name: '其他单位群', active: true, urlMasked: created.urlMasked },
      after: { name: '其他单位群', active: false, urlMasked: created.urlMasked },
    });
    // Renamed with `active` left out (as the console's edit form sends it): still paused.
    const renamed = await saveGroupRobot(admin, { id: created.id, name: '其他单位工作群', ...route });
    expect(renamed).toMatchObject({ name: '其他单位工作群', active: false });
    expect(await lastAudit()).toMatchObject({
      before: { name: '其他单位群', active: false },
      after: { name: '其他单位工作群', active: false },
    });
    const resumed = await saveGroupRobot(admin, {
      id: created.id,
      name: '其他单位工作群',
      ...route,
      active: true,
    });
    expect(resumed.active).toBe(true);
    expect(await saveGroupRobot(admin, { id: created.id, name: '其他单位群', ...route })).toMatchObject({
      active: true,
    });
    // The audit holds the address masked only.
    const logged = await f.t.db.select().from(auditEvents).where(eq(auditEvents.entity, 'groupRobot'));
    expect(JSON.stringify(logged)).not.toContain('audit-key-0004');
    const missing = await failure(saveGroupRobot(admin, { id: 999_999, name: '不存在', ...route }));
    expect(missing.code).toBe('NOT_FOUND');
    await deleteGroupRobot(admin, { id: created.id });
  });
});
