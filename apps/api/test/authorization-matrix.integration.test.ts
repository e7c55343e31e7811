import { can, type Permission, type Role, Role as Roles, systemActor } from '@rectify/domain';
import { createApiClient } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

/**
 * Every role × every operation: allowed exactly when the role holds the permission written here. The permissions
 * are written out independently of the resolvers, so a resolver that declares the wrong one fails this test.
 */
interface Operation {
  name: string;
  /** Several: any one of them will do. */
  permission: Permission | readonly Permission[];
  query: string;
  variables?: Record<string, unknown>;
}

const ID = 1;
const operations: Operation[] = [
  { name: 'inspection', permission: 'inspection.read', query: `{ inspection(id: ${ID}) { id } }` },
  { name: 'inspections', permission: 'inspection.read', query: '{ inspections { totalCount } }' },
  { name: 'issue', permission: 'issue.read', query: `{ issue(id: ${ID}) { id } }` },
  { name: 'issues', permission: 'issue.read', query: '{ issues { totalCount } }' },
  { name: 'task', permission: 'task.read', query: `{ task(id: ${ID}) { id } }` },
  { name: 'tasks', permission: 'task.read', query: '{ tasks { totalCount } }' },
  { name: 'progressReports', permission: 'progress.read', query: '{ progressReports { totalCount } }' },
  { name: 'unit', permission: 'unit.read', query: `{ unit(id: ${ID}) { id } }` },
  { name: 'units', permission: 'unit.read', query: '{ units { totalCount } }' },
  { name: 'leader', permission: 'leader.read', query: `{ leader(id: ${ID}) { id } }` },
  { name: 'leaders', permission: 'leader.read', query: '{ leaders { totalCount } }' },
  { name: 'user', permission: 'user.read', query: `{ user(id: ${ID}) { id } }` },
  { name: 'users', permission: 'user.read', query: '{ users { totalCount } }' },
  { name: 'apiClients', permission: 'apiClient.read', query: '{ apiClients { totalCount } }' },
  { name: 'auditEvents', permission: 'audit.read', query: '{ auditEvents { totalCount } }' },
  { name: 'ledgerFigures', permission: 'figures.read', query: '{ ledgerFigures { tasks { total } } }' },
  {
    name: 'createInspection',
    permission: 'inspection.write',
    query:
      'mutation { createInspection(input: { name: "x", inspectingBody: "x", inspectedOrganisation: "x", level: COUNTY }) { errors { code } } }',
  },
  {
    name: 'updateInspection',
    permission: 'inspection.write',
    query: `mutation { updateInspection(input: { id: ${ID}, version: 999 }) { errors { code } } }`,
  },
  {
    name: 'createIssue',
    permission: 'issue.write',
    query: `mutation { createIssue(input: { inspectionId: ${ID}, kind: AREA, code: "矩阵", title: "x" }) { errors { code } } }`,
  },
  {
    name: 'updateIssue',
    permission: 'issue.write',
    query: `mutation { updateIssue(input: { id: ${ID}, version: 999 }) { errors { code } } }`,
  },
  {
    name: 'deleteIssue',
    permission: 'issue.write',
    query: `mutation { deleteIssue(id: ${ID}, version: 999) { errors { code } } }`,
  },
  {
    name: 'createTask',
    permission: 'task.write',
    query: `mutation { createTask(input: { issueId: ${ID}, measure: "x" }) { errors { code } } }`,
  },
  {
    name: 'updateTask',
    permission: 'task.write',
    query: `mutation { updateTask(input: { id: ${ID}, version: 999 }) { errors { code } } }`,
  },
  {
    name: 'assignTask',
    permission: 'task.assign',
    query: `mutation { assignTask(input: { id: ${ID}, version: 999, leaderId: null, leadUnitId: null, coUnitIds: [] }) { errors { code } } }`,
  },
  {
    name: 'bulkAssignTasks',
    permission: 'task.assign',
    query: 'mutation { bulkAssignTasks(input: { taskIds: [999999] }) { errors { code } } }',
  },
  {
    name: 'reportProgress',
    permission: 'progress.report',
    query: `mutation { reportProgress(input: { taskId: 999999, period: "2018-11-19", text: "x", percent: 1 }) { errors { code } } }`,
  },
  {
    name: 'createUnit',
    permission: 'unit.write',
    query: 'mutation { createUnit(input: { name: "", kind: OTHER }) { errors { code } } }',
  },
  {
    name: 'updateUnit',
    permission: 'unit.write',
    query: `mutation { updateUnit(input: { id: ${ID}, version: 999 }) { errors { code } } }`,
  },
  {
    name: 'deleteUnit',
    permission: 'unit.write',
    query: 'mutation { deleteUnit(id: 999999, version: 1) { errors { code } } }',
  },
  {
    name: 'createLeader',
    permission: 'leader.write',
    query: 'mutation { createLeader(input: { name: "", post: "" }) { errors { code } } }',
  },
  {
    name: 'updateLeader',
    permission: 'leader.write',
    query: `mutation { updateLeader(input: { id: ${ID}, version: 999 }) { errors { code } } }`,
  },
  {
    name: 'deleteLeader',
    permission: 'leader.write',
    query: 'mutation { deleteLeader(id: 999999, version: 1) { errors { code } } }',
  },
  {
    name: 'createUser',
    permission: 'user.write',
    query:
      'mutation { createUser(input: { username: "", displayName: "", password: "", role: OFFICE }) { errors { code } } }',
  },
  {
    name: 'updateUser',
    permission: 'user.write',
    query: 'mutation { updateUser(input: { id: 999999, version: 1 }) { errors { code } } }',
  },
  {
    name: 'resetPassword',
    permission: 'user.write',
    query: 'mutation { resetPassword(id: 999999) { errors { code } } }',
  },
  { name: 'jobs', permission: 'job.read', query: '{ jobs { id } }' },
  {
    name: 'retryJob',
    permission: 'job.retry',
    query: 'mutation { retryJob(id: "00000000-0000-4000-8000-000000000000") { errors { code } } }',
  },
  {
    name: 'changes',
    permission: ['task.read', 'progress.read', 'report.read'],
    query: '{ changes { nodes { cursor } } }',
  },
  { name: 'webhookSubscriptions', permission: 'apiClient.read', query: '{ webhookSubscriptions { id } }' },
  { name: 'webhookDeliveries', permission: 'apiClient.read', query: '{ webhookDeliveries { id } }' },
  {
    name: 'createWebhookSubscription',
    permission: 'apiClient.write',
    query:
      'mutation { createWebhookSubscription(input: { apiClientId: 999999, url: "" }) { errors { code } } }',
  },
  {
    name: 'updateWebhookSubscription',
    permission: 'apiClient.write',
    query: 'mutation { updateWebhookSubscription(input: { id: 999999 }) { errors { code } } }',
  },
  {
    name: 'sendTestWebhook',
    permission: 'apiClient.write',
    query: 'mutation { sendTestWebhook(subscriptionId: 999999) { errors { code } } }',
  },
  {
    name: 'deleteWebhookSubscription',
    permission: 'apiClient.write',
    query: 'mutation { deleteWebhookSubscription(id: 999999) { errors { code } } }',
  },
  {
    name: 'retryWebhookDelivery',
    permission: 'apiClient.write',
    query: 'mutation { retryWebhookDelivery(id: 999999) { errors { code } } }',
  },
  { name: 'deliveries', permission: 'delivery.read', query: '{ deliveries { totalCount } }' },
  { name: 'outboundSettings', permission: 'delivery.read', query: '{ outboundSettings { consoleUrl } }' },
  { name: 'groupRobots', permission: 'delivery.read', query: '{ groupRobots { id } }' },
  {
    name: 'retryDelivery',
    permission: 'delivery.manage',
    query: 'mutation { retryDelivery(id: 999999) { errors { code } } }',
  },
  {
    name: 'cancelDelivery',
    permission: 'delivery.manage',
    query: 'mutation { cancelDelivery(id: 999999) { errors { code } } }',
  },
  {
    name: 'updateOutboundSettings',
    permission: 'delivery.manage',
    query: 'mutation { updateOutboundSettings(input: {}) { errors { code } } }',
  },
  {
    name: 'saveGroupRobot',
    permission: 'delivery.manage',
    query: 'mutation { saveGroupRobot(input: { name: "", channel: WECOM }) { errors { code } } }',
  },
  {
    name: 'deleteGroupRobot',
    permission: 'delivery.manage',
    query: 'mutation { deleteGroupRobot(id: 999999) { errors { code } } }',
  },
  {
    name: 'unlockSignIn',
    permission: 'user.write',
    query: 'mutation { unlockSignIn(id: 999999) { errors { code } } }',
  },
  {
    name: 'latestPasswordReset',
    permission: 'user.read',
    query: '{ latestPasswordReset(userId: 999999) { id } }',
  },
  {
    name: 'pendingPasswordResets',
    permission: 'user.approveReset',
    query: '{ pendingPasswordResets { id } }',
  },
  {
    name: 'approvePasswordReset',
    permission: 'user.approveReset',
    query: 'mutation { approvePasswordReset(id: 999999) { errors { code } } }',
  },
  {
    name: 'rejectPasswordReset',
    permission: 'user.approveReset',
    query: 'mutation { rejectPasswordReset(id: 999999) { errors { code } } }',
  },
  {
    name: 'createApiClient',
    permission: 'apiClient.write',
    query:
      'mutation { createApiClient(input: { name: "", department: "", scopes: [], expiresAt: "2000-01-01T00:00:00Z" }) { errors { code } } }',
  },
  {
    name: 'parseLedgerDocument',
    permission: 'ledger.import',
    query: 'query($c: String!) { parseLedgerDocument(filename: "a.txt", contentBase64: $c) { warnings } }',
    variables: { c: Buffer.from('(一)甲\n1.乙\n一是丙。').toString('base64') },
  },
  {
    name: 'importLedgerDraft',
    permission: 'ledger.import',
    query: 'mutation { importLedgerDraft(inspectionId: 999999, draft: { issues: [] }) { errors { code } } }',
  },
  {
    name: 'progressReport',
    permission: 'report.generate',
    query: `{ progressReport(inspectionId: ${ID}, format: MARKDOWN) { byteSize } }`,
  },
  {
    name: 'revokeApiClient',
    permission: 'apiClient.write',
    query: 'mutation { revokeApiClient(id: 999999) { errors { code } } }',
  },
];

type Caller = { label: string; role: Role; scopes?: string[]; token: string };
let api: TestApi;
const callers: Caller[] = [];

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  for (const role of Roles.values) {
    if (role === 'PARTNER') continue;
    const bindings = role === 'UNIT' ? { unitId: 1 } : role === 'LEADER' ? { leaderId: 1 } : {};
    callers.push({ label: role, role, token: await api.tokenFor(role, bindings) });
  }
  const ctx = { db: api.db, actor: systemActor('ADMIN'), locale: 'zh' as const, now: () => new Date() };
  for (const scopes of [
    ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ'],
    ['FIGURES_READ'],
    ['REPORT_READ'],
  ] as const) {
    const { token } = await createApiClient(ctx, {
      name: `matrix ${scopes.join('+')}`,
      department: '市发展改革局',
      scopes: [...scopes],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    callers.push({ label: `PARTNER[${scopes.join(',')}]`, role: 'PARTNER', scopes: [...scopes], token });
  }
});
afterAll(async () => {
  await api?.close();
});

describe('the authorization matrix', () => {
  it('has every caller', () => {
    expect(callers.map((c) => c.label)).toHaveLength(Roles.values.length + 2);
  });

  it.each(operations.map((op) => [op.name, op] as const))(
    '%s: allowed exactly for the roles holding its permission',
    async (_name, op) => {
      for (const caller of callers) {
        const actor = { role: caller.role, scopes: (caller.scopes ?? []) as never };
        const expected = [op.permission].flat().some((permission) => can(actor, permission));
        const result = await api.gql(op.query, op.variables, { token: caller.token });
        const forbidden = (result.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');
        expect(
          forbidden,
          `${caller.label} → ${op.name} (${op.permission}) ${JSON.stringify(result.errors)}`,
        ).toBe(!expected);
        if (expected) expect(result.errors ?? [], `${caller.label} → ${op.name}`).toEqual([]);
      }
    },
  );

  it('refuses every operation to a caller who is not signed in', async () => {
    for (const op of operations) {
      const result = await api.gql(op.query, op.variables, { token: null });
      expect(result.errors?.[0]?.extensions?.code, op.name).toBe('UNAUTHENTICATED');
    }
  });
});
