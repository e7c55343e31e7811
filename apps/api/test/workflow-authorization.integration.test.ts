import { makeLeader, makeUnit } from '@rectify/db/testing';
import { can, type Permission, type Role, Role as Roles, systemActor } from '@rectify/domain';
import { createApiClient } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

/**
 * Every role × every operation of the workflow, supervision and the inbox: allowed exactly when the role holds
 * the permission written here (independently of the resolvers), refused with FORBIDDEN otherwise. Allowed calls
 * name records that do not exist or state stale versions, so that nothing is written.
 */
interface Operation {
  name: string;
  permission: Permission;
  query: string;
}

const NONE = 999_999;
const review = `input: { id: ${NONE}, version: 1, decision: APPROVE }`;
const operations: Operation[] = [
  { name: 'closureRequest', permission: 'progress.read', query: `{ closureRequest(id: ${NONE}) { id } }` },
  { name: 'closureRequests', permission: 'progress.read', query: '{ closureRequests { totalCount } }' },
  {
    name: 'extensionRequest',
    permission: 'progress.read',
    query: `{ extensionRequest(id: ${NONE}) { id } }`,
  },
  { name: 'extensionRequests', permission: 'progress.read', query: '{ extensionRequests { totalCount } }' },
  { name: 'evidence', permission: 'progress.read', query: `{ evidence(id: ${NONE}) { id } }` },
  { name: 'weeklySummary', permission: 'figures.read', query: '{ weeklySummary { tasks { total } } }' },
  {
    name: 'supervisionGroups',
    permission: 'supervision.read',
    query: '{ supervisionGroups { totalCount } }',
  },
  {
    name: 'supervisionVisits',
    permission: 'supervision.read',
    query: '{ supervisionVisits { totalCount } }',
  },
  {
    name: 'supervisionVisit',
    permission: 'supervision.read',
    query: `{ supervisionVisit(id: ${NONE}) { id } }`,
  },
  { name: 'findings', permission: 'supervision.read', query: '{ findings { totalCount } }' },
  { name: 'unitFindings', permission: 'supervision.respond', query: '{ unitFindings { totalCount } }' },
  {
    name: 'task workflow fields',
    permission: 'progress.read',
    query: '{ tasks(first: 1) { nodes { closureRequests { id } evidence { id } missingReport } } }',
  },
  {
    name: 'requestClosure',
    permission: 'closure.request',
    query: `mutation { requestClosure(input: { taskId: ${NONE}, statement: "x" }) { errors { code } } }`,
  },
  {
    name: 'withdrawClosureRequest',
    permission: 'closure.request',
    query: `mutation { withdrawClosureRequest(input: { id: ${NONE}, version: 1 }) { errors { code } } }`,
  },
  {
    name: 'endorseClosureRequest',
    permission: 'closure.endorse',
    query: `mutation { endorseClosureRequest(${review}) { errors { code } } }`,
  },
  {
    name: 'approveClosureRequest',
    permission: 'closure.approve',
    query: `mutation { approveClosureRequest(${review}) { errors { code } } }`,
  },
  {
    name: 'requestExtension',
    permission: 'extension.request',
    query: `mutation { requestExtension(input: { taskId: ${NONE}, proposedDeadline: "2030-01-01", reason: "x" }) { errors { code } } }`,
  },
  {
    name: 'withdrawExtensionRequest',
    permission: 'extension.request',
    query: `mutation { withdrawExtensionRequest(input: { id: ${NONE}, version: 1 }) { errors { code } } }`,
  },
  {
    name: 'endorseExtensionRequest',
    permission: 'extension.endorse',
    query: `mutation { endorseExtensionRequest(${review}) { errors { code } } }`,
  },
  {
    name: 'approveExtensionRequest',
    permission: 'extension.approve',
    query: `mutation { approveExtensionRequest(${review}) { errors { code } } }`,
  },
  {
    name: 'reopenTask',
    permission: 'task.reopen',
    query: `mutation { reopenTask(input: { id: ${NONE}, version: 1, reason: "x", deadline: "2999-01-01" }) { errors { code } } }`,
  },
  {
    name: 'resumeTask',
    permission: 'progress.report',
    query: `mutation { resumeTask(input: { id: ${NONE}, version: 1 }) { errors { code } } }`,
  },
  {
    name: 'markTaskOngoing',
    permission: 'task.markOngoing',
    query: `mutation { markTaskOngoing(input: { id: ${NONE}, version: 1 }) { errors { code } } }`,
  },
  {
    name: 'updateWarningSettings',
    permission: 'settings.write',
    query: `mutation { updateWarningSettings(input: { yellowDays: 20, reminderDays: [20], version: ${NONE} }) { errors { code } } }`,
  },
  {
    name: 'updateReportingSettings',
    permission: 'settings.write',
    query: `mutation { updateReportingSettings(input: { cadence: WEEKLY, version: ${NONE} }) { errors { code } } }`,
  },
  {
    name: 'createSupervisionGroup',
    permission: 'supervision.write',
    query: 'mutation { createSupervisionGroup(input: { name: "", headName: "" }) { errors { code } } }',
  },
  {
    name: 'recordSupervisionVisit',
    permission: 'supervision.write',
    query: `mutation { recordSupervisionVisit(input: { groupId: ${NONE}, unitId: ${NONE}, visitDate: "2018-11-15", method: ON_SITE, summary: "x" }) { errors { code } } }`,
  },
  {
    name: 'addFinding',
    permission: 'supervision.write',
    query: `mutation { addFinding(input: { visitId: ${NONE}, text: "x", responseDue: "2018-11-30" }) { errors { code } } }`,
  },
  {
    name: 'followUpFinding',
    permission: 'supervision.write',
    query: `mutation { followUpFinding(input: { id: ${NONE}, outcome: CLOSE }) { errors { code } } }`,
  },
  {
    name: 'respondToFinding',
    permission: 'supervision.respond',
    query: `mutation { respondToFinding(input: { id: ${NONE}, response: "x" }) { errors { code } } }`,
  },
];

/** Anyone signed in as a person: their own inbox and the settings in force. */
const personal = [
  '{ notifications { totalCount unreadCount } }',
  `mutation { markNotificationsRead(ids: [${NONE}]) { count errors { code } } }`,
  '{ workflowSettings { warnings { yellowDays } reporting { cadence } } }',
];

type Caller = { label: string; role: Role; scopes?: string[]; token: string };
let api: TestApi;
const callers: Caller[] = [];

beforeAll(async () => {
  // No demo needed: every call names records that do not exist.
  api = await startTestApi();
  const unitId = (await makeUnit(api.db)).id;
  const leaderId = (await makeLeader(api.db)).id;
  for (const role of Roles.values) {
    if (role === 'PARTNER') continue;
    const bindings = role === 'UNIT' ? { unitId } : role === 'LEADER' ? { leaderId } : {};
    callers.push({ label: role, role, token: await api.tokenFor(role, bindings) });
  }
  const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
  const scopes = ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ'] as const;
  const { token } = await createApiClient(ctx, {
    name: 'workflow matrix',
    department: '市发展改革局',
    scopes: [...scopes],
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  callers.push({ label: 'PARTNER[all scopes]', role: 'PARTNER', scopes: [...scopes], token });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

describe('the workflow’s authorization matrix', () => {
  it.each(operations.map((op) => [op.name, op] as const))(
    '%s: allowed exactly for the roles holding its permission',
    async (_name, op) => {
      for (const caller of callers) {
        const expected = can({ role: caller.role, scopes: (caller.scopes ?? []) as never }, op.permission);
        const result = await api.gql(op.query, {}, { token: caller.token });
        const forbidden = (result.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');
        expect(forbidden, `${caller.label} → ${op.name} ${JSON.stringify(result.errors)}`).toBe(!expected);
        if (expected) expect(result.errors ?? [], `${caller.label} → ${op.name}`).toEqual([]);
      }
    },
  );

  it('gives every signed-in person an inbox and the settings, and partners neither inbox nor anyone else’s', async () => {
    for (const caller of callers.filter((c) => c.role !== 'PARTNER')) {
      for (const query of personal) {
        const result = await api.gql<Record<string, { errors?: { code: string }[] }>>(
          query,
          {},
          { token: caller.token },
        );
        expect(result.errors ?? [], `${caller.label}: ${query}`).toEqual([]);
      }
      const marked = await api.gql<{ markNotificationsRead: { errors: { code: string }[] } }>(
        personal[1]!,
        {},
        {
          token: caller.token,
        },
      );
      expect(marked.data?.markNotificationsRead.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    }
    const partner = callers.find((c) => c.role === 'PARTNER')!;
    const inbox = await api.gql(personal[0]!, {}, { token: partner.token });
    expect(inbox.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses every operation to a caller who is not signed in', async () => {
    for (const query of [...operations.map((op) => op.query), ...personal]) {
      const result = await api.gql(query, {}, { token: null });
      expect(result.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
    }
  });
});
