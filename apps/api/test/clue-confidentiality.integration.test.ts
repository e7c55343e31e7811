import { auditEvents, clueCaseOwners, clueCases, users } from '@rectify/db';
import { DEMO_PASSWORD } from '@rectify/demo';
import { Role as Roles, systemActor } from '@rectify/domain';
import { createApiClient, login } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';
import { TEST_AUTH } from '../src/testing/start-test-api.js';

// Clue cases over GraphQL, on the demo data: DISCIPLINE only, identity for owners only, the seed's figures.

let api: TestApi;
/** Every caller that must learn nothing: each other role, and partner tokens. */
const outsiders: { label: string; token: string }[] = [];
let discipline = '';
let discipline2 = '';
const ids = { discipline: 0, discipline2: 0 };
let existingId = 0;

async function demoToken(username: string): Promise<string> {
  const session = await login(api.db, TEST_AUTH, {
    username,
    password: DEMO_PASSWORD,
    address: '127.0.0.1',
    now: new Date(),
  });
  return session.accessToken;
}

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  for (const role of Roles.values) {
    if (role === 'PARTNER' || role === 'DISCIPLINE') continue;
    const bindings = role === 'UNIT' ? { unitId: 1 } : role === 'LEADER' ? { leaderId: 1 } : {};
    outsiders.push({ label: role, token: await api.tokenFor(role, bindings) });
  }
  const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
  for (const scopes of [
    ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ'],
    ['FIGURES_READ'],
  ] as const) {
    const { token } = await createApiClient(ctx, {
      name: `clues ${scopes.join('+')}`,
      department: '市信访局',
      scopes: [...scopes],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    outsiders.push({ label: `PARTNER[${scopes.join(',')}]`, token });
  }
  discipline = await demoToken('discipline');
  discipline2 = await demoToken('discipline2');
  for (const u of await api.db.select().from(users)) {
    if (u.username === 'discipline') ids.discipline = u.id;
    if (u.username === 'discipline2') ids.discipline2 = u.id;
  }
  const first = (await api.db.select().from(clueCases)).find((c) => c.serial === 'XF-2018-0001');
  existingId = first!.id;
}, 300_000);
afterAll(async () => {
  await api?.close();
});

/** Every clue operation, for a given case id. */
const operations = (id: number): { name: string; query: string }[] => [
  { name: 'clueCase', query: `{ clueCase(id: ${id}) { id serial summary subject informant status } }` },
  { name: 'clueCases', query: `{ clueCases(filter: { ids: [${id}] }) { totalCount nodes { id serial } } }` },
  { name: 'clueCases (all)', query: '{ clueCases(first: 100) { totalCount nodes { id serial subject } } }' },
  { name: 'clueReminders', query: '{ clueReminders(withinDays: 3650) { totalCount nodes { id } } }' },
  {
    name: 'clueDisclosureRequests',
    query: '{ clueDisclosureRequests { totalCount nodes { id clueCaseId } } }',
  },
  {
    name: 'clueFigures',
    query: '{ clueFigures { total { received concluded completionRate { percent } } } }',
  },
  { name: 'clueHandlers', query: '{ clueHandlers { id displayName } }' },
  {
    name: 'intakeClueCase',
    query: `mutation { intakeClueCase(input: { source: DIRECT_REPORT, kind: PROBLEM_CLUE, receivedDate: "2018-11-01",
      summary: "探测", subject: "探测" }) { clueCase { id serial } errors { code } } }`,
  },
  ...[
    'updateClueCase(input: { id: ID, version: 1, summary: "x" })',
    'routeClueCase(input: { id: ID, version: 1, routedToUnitId: 1 })',
    'assignClueLeader(input: { id: ID, version: 1, owningLeaderId: null })',
    'escalateClueCase(input: { id: ID, version: 1, note: "x" })',
    'disposeClueCase(input: { id: ID, version: 1, method: SHELVE_PENDING })',
    'concludeClueCase(input: { id: ID, version: 1, outcome: SUBSTANTIATED })',
    'reopenClueCase(input: { id: ID, version: 1, method: TALK_OR_LETTER_INQUIRY, deadline: "2018-12-31", note: "x" })',
    'linkClueDuplicate(input: { id: ID, version: 1, duplicateOfId: 1 })',
    'confirmClueDuplicate(input: { id: ID, version: 1 })',
    'unlinkClueDuplicate(input: { id: ID, version: 1 })',
  ].map((call) => ({
    name: call.slice(0, call.indexOf('(')),
    query: `mutation { ${call.replace('ID', String(id))} { clueCase { id serial subject } errors { code message } } }`,
  })),
  ...[
    'requestClueDisclosure(input: { clueCaseId: ID, granteeUserId: 1, reason: "x" })',
    'approveClueDisclosure(input: { id: ID, version: 1 })',
    'rejectClueDisclosure(input: { id: ID, version: 1, comment: "x" })',
    'withdrawClueDisclosure(input: { id: ID, version: 1 })',
  ].map((call) => ({
    name: call.slice(0, call.indexOf('(')),
    query: `mutation { ${call.replace('ID', String(id))} { clueDisclosureRequest { id clueCaseId } errors { code } } }`,
  })),
];

describe('every other role, and every partner token, learns nothing about any case', () => {
  it('is refused every clue operation with the same FORBIDDEN, whether the case exists or not', async () => {
    const audit = await api.db.$count(auditEvents);
    const cases = await api.db.$count(clueCases);
    for (const caller of outsiders) {
      const existing = operations(existingId);
      const missing = operations(987_654);
      for (const [index, op] of existing.entries()) {
        const result = await api.gql(op.query, {}, { token: caller.token });
        const what = `${caller.label} → ${op.name}`;
        // No data: null in place of a nullable field, no `data` at all for a non-null one.
        expect(Object.values(result.data ?? {}), what).toEqual(result.data ? [null] : []);
        expect(
          result.errors?.map((e) => e.extensions?.code),
          what,
        ).toEqual(['FORBIDDEN']);
        expect(result.errors?.[0]?.message, what).toBe('没有权限');
        // Nothing distinguishes a case that exists from one that does not.
        const other = await api.gql(missing[index]!.query, {}, { token: caller.token });
        expect(other, what).toEqual(result);
        const text = JSON.stringify(result);
        expect(text, what).not.toMatch(/X[FS]-20\d\d|示例|received|totalCount":\d/);
      }
    }
    expect(await api.db.$count(auditEvents)).toBe(audit);
    expect(await api.db.$count(clueCases)).toBe(cases);
  });

  it('finds no trace of a case in the general audit log or in any published figure', async () => {
    for (const caller of outsiders) {
      const audit = await api.gql<{ auditEvents: { totalCount: number } }>(
        '{ auditEvents(filter: { entity: "clueCase" }) { totalCount } }',
        {},
        { token: caller.token },
      );
      if (audit.errors) expect(audit.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      else expect(audit.data?.auditEvents.totalCount, caller.label).toBe(0);
      const page = await api.gql(
        '{ auditEvents(first: 100) { nodes { entity entityId after } } }',
        {},
        {
          token: caller.token,
        },
      );
      expect(JSON.stringify(page), caller.label).not.toMatch(/"entity":"clue|示例/);
      const figures = await api.gql('{ ledgerFigures { tasks { total } } }', {}, { token: caller.token });
      expect(JSON.stringify(figures), caller.label).not.toMatch(/clue|示例/i);
    }
  });

  it('refuses a caller who is not signed in', async () => {
    for (const op of operations(existingId)) {
      const result = await api.gql(op.query, {}, { token: null });
      expect(result.errors?.[0]?.extensions?.code, op.name).toBe('UNAUTHENTICATED');
    }
  });
});

interface FigureCounts {
  received: number;
  concluded: number;
  caseFiled: number;
  underWay: number;
  duplicates: number;
  completionRate: { part: number; whole: number; percent: string };
}

describe("the demo data yields the seed's (五) figures", () => {
  it('transferred petition reports: 87.2% concluded; transferred problem clues: 1 concluded, 3 filed, the rest under investigation', async () => {
    const counts = 'received concluded caseFiled underWay duplicates completionRate { part whole percent }';
    const result = await api.gql<{
      clueFigures: { bySourceAndKind: (FigureCounts & { source: string; kind: string })[] };
    }>(
      `{ clueFigures(filter: { source: [INSPECTION_TRANSFER] }) { bySourceAndKind { source kind ${counts} } } }`,
      {},
      { token: discipline2 },
    );
    expect(result.errors).toBeUndefined();
    const [petitions, clues] = result.data!.clueFigures.bySourceAndKind;
    expect(petitions).toMatchObject({
      source: 'INSPECTION_TRANSFER',
      kind: 'PETITION_REPORT',
      received: 47,
      concluded: 41,
      completionRate: { part: 41, whole: 47, percent: '87.2%' },
    });
    expect(clues).toMatchObject({
      source: 'INSPECTION_TRANSFER',
      kind: 'PROBLEM_CLUE',
      received: 8,
      concluded: 1,
      caseFiled: 3,
      underWay: 4,
    });
    // The duplicates came in but are counted once.
    const all = await api.gql<{
      clueFigures: { total: FigureCounts; byBody: { unitName: string | null }[] };
    }>(`{ clueFigures { total { ${counts} } byBody { unitName received } } }`, {}, { token: discipline });
    expect(all.data?.clueFigures.total).toMatchObject({ received: 55, duplicates: 2 });
    expect(all.data?.clueFigures.byBody.map((b) => b.unitName)).toContain('市纪委监委');
  });
});

interface Node {
  id: number;
  serial: string;
  subject: string | null;
  informant: string | null;
  ownedByMe: boolean;
}
const LIST = `{ clueCases(first: 100) { totalCount nodes { id serial subject informant ownedByMe status warning
  duplicateOf { serial subject } history { action toStatus } } } }`;

/** This package has no query builder of its own: the audit rows are filtered here. */
const identityReads = async (userId: number) =>
  (await api.db.select().from(auditEvents).orderBy(auditEvents.id)).filter(
    (a) => a.action === 'clueCase.readIdentity' && a.actorUserId === userId,
  );

describe('identity: the owners only, every read audited', () => {
  it('shows discipline2, who owns no case, every case with subject and informant null', async () => {
    const result = await api.gql<{
      clueCases: { totalCount: number; nodes: (Node & { duplicateOf: Node | null })[] };
    }>(LIST, {}, { token: discipline2 });
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = result.data!.clueCases;
    expect(totalCount).toBe(57);
    expect(nodes).toHaveLength(57);
    for (const node of nodes) {
      expect(node, node.serial).toMatchObject({ subject: null, informant: null, ownedByMe: false });
    }
    // The demo has duplicates, so the identity is withheld through the link too, not only on the case.
    const linked = nodes.flatMap((n) => (n.duplicateOf ? [n.duplicateOf] : []));
    expect(linked.length).toBeGreaterThan(0);
    for (const first of linked) expect(first.subject, first.serial).toBeNull();
    const one = await api.gql<{ clueCase: Node }>(
      `{ clueCase(id: ${existingId}) { serial subject informant } }`,
      {},
      { token: discipline2 },
    );
    expect(one.data?.clueCase).toEqual({ serial: 'XF-2018-0001', subject: null, informant: null });
    expect(JSON.stringify(result) + JSON.stringify(one)).not.toContain('示例');
    expect(await identityReads(ids.discipline2)).toEqual([]);
  });

  it('shows the owner `discipline` the identity, auditing one event per case read in the request', async () => {
    const before = (await identityReads(ids.discipline)).length;
    api.statements.length = 0;
    const result = await api.gql<{ clueCases: { nodes: (Node & { duplicateOf: Node | null })[] } }>(
      LIST,
      {},
      { token: discipline },
    );
    expect(result.errors).toBeUndefined();
    // authentication, the page (one statement whatever the nesting), the warning settings, the audit
    expect(api.statements.length).toBeLessThanOrEqual(4);
    const nodes = result.data!.clueCases.nodes;
    expect(nodes.every((n) => n.ownedByMe && n.subject?.startsWith('（示例）'))).toBe(true);
    const linked = nodes.flatMap((n) => (n.duplicateOf ? [n.duplicateOf] : []));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((first) => first.subject?.startsWith('（示例）'))).toBe(true);
    const reads = (await identityReads(ids.discipline)).slice(before);
    expect(reads).toHaveLength(nodes.length);
    expect(new Set(reads.map((r) => r.entityId))).toEqual(new Set(nodes.map((n) => String(n.id))));
    expect(JSON.stringify(reads)).not.toContain('示例');
  });

  it('lets discipline2 learn one identity only after a second owner approved it, on record', async () => {
    const [pending] = (
      await api.gql<{
        clueDisclosureRequests: { nodes: { id: number; version: number; clueCaseId: number }[] };
      }>(
        '{ clueDisclosureRequests(filter: { awaitingMyDecision: true }) { nodes { id version clueCaseId status } } }',
        {},
        { token: discipline },
      )
    ).data!.clueDisclosureRequests.nodes;
    expect(pending).toBeDefined();
    // The one who asked cannot decide.
    const self = await api.gql(
      `mutation { approveClueDisclosure(input: { id: ${pending!.id}, version: ${pending!.version} }) { errors { code } } }`,
      {},
      { token: discipline2 },
    );
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await api.gql<{
      approveClueDisclosure: { clueDisclosureRequest: { status: string; clueCase: Node }; errors: unknown[] };
    }>(
      `mutation { approveClueDisclosure(input: { id: ${pending!.id}, version: ${pending!.version}, comment: "同意" }) {
        clueDisclosureRequest { status decidedByName clueCase { serial subject } } errors { code } } }`,
      {},
      { token: discipline },
    );
    expect(approved.data?.approveClueDisclosure.errors).toEqual([]);
    expect(approved.data?.approveClueDisclosure.clueDisclosureRequest.status).toBe('APPROVED');
    const now = await api.gql<{ clueCase: Node & { owners: { id: number }[] } }>(
      `{ clueCase(id: ${pending!.clueCaseId}) { subject ownedByMe owners { id } history { action } } }`,
      {},
      { token: discipline2 },
    );
    expect(now.data?.clueCase).toMatchObject({ ownedByMe: true });
    expect(now.data?.clueCase.subject).toMatch(/^（示例）/);
    expect((await identityReads(ids.discipline2)).map((r) => r.entityId)).toEqual([
      String(pending!.clueCaseId),
    ]);
    const others = await api.gql<{ clueCases: { nodes: Node[] } }>(
      '{ clueCases(filter: { ownedByMe: false }, first: 100) { nodes { subject } } }',
      {},
      { token: discipline2 },
    );
    expect(others.data?.clueCases.nodes.every((n) => n.subject === null)).toBe(true);
  });

  it('takes a case in over GraphQL, links its duplicate, and never quotes an identity in an error', async () => {
    const intake = (subject: string, summary: string) =>
      api.gql<{
        intakeClueCase: {
          clueCase: (Node & { duplicateOfId: number | null }) | null;
          errors: { field: string; code: string; message: string }[];
        };
      }>(
        `mutation ($subject: String!, $summary: String!) { intakeClueCase(input: { source: DIRECT_REPORT,
          kind: PROBLEM_CLUE, receivedDate: "2018-11-20", summary: $summary, subject: $subject }) {
          clueCase { id serial subject duplicateOfId duplicateState status allowedEvents } errors { field code message } } }`,
        { subject, summary },
        { token: discipline2 },
      );
    const first = await intake('（示例）接口测试干部', '反映其违规收受礼金');
    expect(first.data?.intakeClueCase.errors).toEqual([]);
    expect(first.data?.intakeClueCase.clueCase).toMatchObject({
      serial: 'XS-2018-0009',
      subject: '（示例）接口测试干部',
      duplicateOfId: null,
      status: 'RECEIVED',
      allowedEvents: ['ROUTE'],
    });
    const again = await intake('（示例）接口测试 干部', '举报该干部违规收受礼金');
    expect(again.data?.intakeClueCase.clueCase).toMatchObject({
      duplicateOfId: first.data?.intakeClueCase.clueCase?.id,
      duplicateState: 'SUSPECTED',
      allowedEvents: [],
    });
    const bad = await intake(`（示例）过长的被反映人${'长'.repeat(200)}`, '');
    expect(bad.data?.intakeClueCase.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'subject:TOO_LONG',
      'summary:REQUIRED',
    ]);
    expect(JSON.stringify(bad)).not.toContain('过长的被反映人');
  });

  it('answers a non-owner probing a subject through duplicate detection as if nothing matched', async () => {
    const owned = new Set(
      (await api.db.select().from(clueCaseOwners))
        .filter((o) => o.userId === ids.discipline2)
        .map((o) => o.clueCaseId),
    );
    const target = (await api.db.select().from(clueCases)).find(
      (c) => c.duplicateOfId == null && !owned.has(c.id),
    )!;
    const probe = `mutation ($subject: String!, $summary: String!) { intakeClueCase(input: { source: DIRECT_REPORT,
      kind: ${target.kind}, receivedDate: "2018-11-21", summary: $summary, subject: $subject }) {
      clueCase { id serial version duplicateOfId duplicateState duplicateOf { id } allowedEvents warning
        history { action relatedClueCaseId relatedSerial note } } errors { code message } } }`;
    type Probe = {
      intakeClueCase: { clueCase: Node & { id: number; version: number; history: unknown[] } };
    };
    const figures = async () =>
      (
        await api.gql<{ clueFigures: { total: { received: number; duplicates: number } } }>(
          '{ clueFigures { total { received duplicates } } }',
          {},
          { token: discipline2 },
        )
      ).data!.clueFigures.total;
    const before = await figures();
    const hit = await api.gql<Probe>(
      probe,
      { subject: target.subject, summary: target.summary },
      { token: discipline2 },
    );
    const miss = await api.gql<Probe>(
      probe,
      { subject: '（示例）无此被反映人', summary: target.summary },
      { token: discipline2 },
    );
    // The two answers differ only in the new case's own id, serial and version.
    const shape = (r: typeof hit) => {
      const { id, serial, version, ...rest } = r.data!.intakeClueCase.clueCase;
      return { ...rest, history: rest.history.length };
    };
    expect(shape(hit)).toEqual(shape(miss));
    expect(shape(hit)).toMatchObject({ duplicateOfId: null, duplicateState: null, duplicateOf: null });
    expect(await figures()).toEqual({ ...before, received: before.received + 2 });
    const hitId = hit.data!.intakeClueCase.clueCase.id;
    const listed = await api.gql<{ clueCases: { nodes: { id: number }[] } }>(
      '{ clueCases(filter: { duplicate: true }, first: 100) { nodes { id } } }',
      {},
      { token: discipline2 },
    );
    expect(listed.data!.clueCases.nodes.map((n) => n.id)).not.toContain(hitId);
    // Linking needs no subject, so its answer reveals none: any two cases link alike.
    const link = await api.gql<{
      linkClueDuplicate: { errors: unknown[]; clueCase: { duplicateOfId: number } };
    }>(
      `mutation { linkClueDuplicate(input: { id: ${miss.data!.intakeClueCase.clueCase.id},
        version: ${miss.data!.intakeClueCase.clueCase.version}, duplicateOfId: ${target.id} }) {
        clueCase { duplicateOfId subject } errors { code } } }`,
      {},
      { token: discipline2 },
    );
    expect(link.data?.linkClueDuplicate).toMatchObject({
      errors: [],
      clueCase: { duplicateOfId: target.id },
    });
    // Only the target's owners are asked to review the match; the prober is told nothing.
    const inbox = async (token: string) =>
      (
        await api.gql<{ notifications: { nodes: { entity: string; entityId: number; message: string }[] } }>(
          '{ notifications(first: 100) { nodes { entity entityId message } } }',
          {},
          { token },
        )
      ).data!.notifications.nodes.filter((n) => n.entity === 'clueCase');
    expect((await inbox(discipline)).map((n) => n.entityId)).toContain(hitId);
    // (The prober may hear of other cases it owns: a new owner of one is told to its owners.)
    const probed = [hitId, miss.data!.intakeClueCase.clueCase.id, target.id];
    expect((await inbox(discipline2)).filter((n) => probed.includes(n.entityId))).toEqual([]);
    // Neither the answers, the inboxes nor the audit rows of these cases quote the subject.
    const audit = await api.db.select().from(auditEvents);
    const texts = JSON.stringify([hit, miss, link, await inbox(discipline), audit]);
    expect(texts).not.toContain(target.subject);
  });

  it('names the DISCIPLINE handlers, and only them, to DISCIPLINE', async () => {
    const result = await api.gql<{ clueHandlers: { id: number; displayName: string }[] }>(
      '{ clueHandlers { id displayName } }',
      {},
      { token: discipline2 },
    );
    const handlers = (await api.db.select().from(users)).filter((u) => u.role === 'DISCIPLINE' && u.active);
    expect(result.data?.clueHandlers.map((h) => h.id).sort()).toEqual(handlers.map((u) => u.id).sort());
    expect(result.data?.clueHandlers.map((h) => h.id)).toEqual(
      expect.arrayContaining([ids.discipline, ids.discipline2]),
    );
  });
});
