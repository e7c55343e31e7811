import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '@rectify/demo';
import { runDailyDigest } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// The inbox over GraphQL, filled by the demo's workflow and by the daily digest.
let api: TestApi;
const token = { leader: '', unit: '', office: '' };

type Inbox = {
  notifications: {
    totalCount: number;
    unreadCount: number;
    nodes: {
      id: number;
      kind: string;
      entity: string;
      entityId: number;
      message: string;
      readAt: string | null;
    }[];
  };
};
const INBOX = `query ($unread: Boolean, $kind: [NotificationKind!]) {
  notifications(unreadOnly: $unread, kind: $kind, first: 100) { totalCount unreadCount nodes { id kind entity entityId message readAt } }
}`;

async function login(username: string) {
  const result = await api.gql<{ login: { accessToken: string } }>(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: DEMO_PASSWORD },
  );
  return result.data!.login.accessToken;
}

// Evidence files (the demo's and the tests') in a folder of this file's own, not the repository's data folder.
const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-api-files-'));

beforeAll(async () => {
  // Stubbed, and restored after the file: the next test file may run in this same process (isolate: false).
  vi.stubEnv('RECTIFY_DATA_DIR', dataDir);
  api = await startTestApi({ demo: true });
  token.leader = await login('leader');
  token.unit = await login('unit');
  token.office = await login('office');
}, 120_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the inbox over GraphQL', () => {
  it('holds each person’s own items, in their language, and marks them read', async () => {
    const zh = await api.gql<Inbox>(
      INBOX,
      { kind: ['REVIEW_REQUESTED'], unread: true },
      { token: token.leader },
    );
    expect(zh.errors).toBeUndefined();
    const items = zh.data!.notifications;
    expect(items.totalCount).toBeGreaterThan(0);
    expect(items.nodes.every((n) => n.kind === 'REVIEW_REQUESTED' && n.readAt == null)).toBe(true);
    // The requests the demo's leader has already endorsed are no longer to-dos: those items are done.
    const asked = await api.gql<Inbox>(INBOX, { kind: ['REVIEW_REQUESTED'] }, { token: token.leader });
    expect(asked.data!.notifications.nodes.some((n) => n.readAt != null)).toBe(true);
    expect(items.nodes[0]!.message).toMatch(/请签字背书/);
    const en = await api.gql<Inbox>(
      INBOX,
      { kind: ['REVIEW_REQUESTED'] },
      { token: token.leader, locale: 'en' },
    );
    expect(en.data!.notifications.nodes[0]!.message).toMatch(/please endorse it/);

    const mark =
      'mutation ($ids: [Int!]) { markNotificationsRead(ids: $ids) { count errors { field code } } }';
    const first = items.nodes[0]!.id;
    const unreadBefore = (await api.gql<Inbox>(INBOX, {}, { token: token.leader })).data!.notifications
      .unreadCount;
    const stranger = await api.gql<{ markNotificationsRead: { count: null; errors: unknown[] } }>(
      mark,
      { ids: [first] },
      { token: token.unit },
    );
    expect(stranger.data?.markNotificationsRead).toEqual({
      count: null,
      errors: [{ field: 'ids', code: 'NOT_FOUND' }],
    });
    const marked = await api.gql<{ markNotificationsRead: { count: number } }>(
      mark,
      { ids: [first] },
      { token: token.leader },
    );
    expect(marked.data?.markNotificationsRead.count).toBe(1);
    const after = await api.gql<Inbox>(INBOX, {}, { token: token.leader });
    expect(after.data!.notifications.unreadCount).toBe(unreadBefore - 1);
    const all = await api.gql<{ markNotificationsRead: { count: number } }>(
      mark,
      {},
      { token: token.leader },
    );
    expect(all.data?.markNotificationsRead.count).toBe(after.data!.notifications.unreadCount);
    expect(
      (await api.gql<Inbox>(INBOX, { unread: true }, { token: token.leader })).data!.notifications.totalCount,
    ).toBe(0);
  });

  it('shows the unit its findings and decisions, and the daily digest’s reminders once a day', async () => {
    const unit = await api.gql<Inbox>(INBOX, {}, { token: token.unit });
    const kinds = new Set(unit.data!.notifications.nodes.map((n) => n.kind));
    expect(kinds).toEqual(new Set(['SUPERVISION_FINDING', 'DECISION_MADE']));
    const now = new Date('2018-12-03T07:00:00+08:00');
    const digest = await runDailyDigest(api.db, { now });
    expect(digest.created.overdue + digest.created.deadlineNear).toBeGreaterThan(0);
    expect(digest.created.findingsOverdue).toBeGreaterThan(0);
    expect((await runDailyDigest(api.db, { now })).created).toEqual({
      deadlineNear: 0,
      overdue: 0,
      findingsOverdue: 0,
    });
    const reminded = await api.gql<Inbox>(
      INBOX,
      { kind: ['OVERDUE', 'DEADLINE_NEAR'] },
      { token: token.unit },
    );
    expect(reminded.data!.notifications.totalCount).toBeGreaterThan(0);
    expect(reminded.data!.notifications.nodes.some((n) => n.entity === 'finding')).toBe(true);
  });
});
