import { DEMO_PASSWORD } from '@rectify/demo';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// The workflow over GraphQL (and evidence files over HTTP), on the demo ledger, as its demo accounts.
let api: TestApi;
const token: Record<
  'office' | 'office2' | 'leader' | 'unit' | 'coUnit' | 'otherUnit' | 'otherLeader',
  string
> = {} as never;
const ids = { housing: 0, coUnit: 0, otherUnit: 0, leader: 0, otherLeader: 0, issue: 0, inspection: 0 };

type Errors = { field: string; code: string; message: string }[];
type Task = { id: number; version: number; status: string; deadline: string | null; issueId: number };

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

async function gql<T>(query: string, variables: Record<string, unknown>, as: string, locale?: string) {
  const result = await api.gql<T>(query, variables, { token: as, ...(locale ? { locale } : {}) });
  return result;
}

/** Runs a query that must succeed, returning its data. */
async function ok<T>(query: string, variables: Record<string, unknown>, as: string): Promise<T> {
  const result = await gql<T>(query, variables, as);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function login(username: string) {
  const result = await api.gql<{
    login: { accessToken: string; user: { unitId: number; leaderId: number } };
  }>(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken user { unitId leaderId } } }',
    { u: username, p: DEMO_PASSWORD },
  );
  return result.data!.login;
}

/** A task of the demo unit, led by the demo leader, in progress, due in 60 days. */
async function newTask(values: Record<string, unknown> = {}): Promise<Task> {
  const data = await ok<{ createTask: { task: Task; errors: Errors } }>(
    `mutation ($i: CreateTaskInput!) { createTask(input: $i) { task { id version status deadline issueId } errors { field code } } }`,
    {
      i: {
        issueId: ids.issue,
        measure: '测试整改措施',
        leaderId: ids.leader,
        leadUnitId: ids.housing,
        coUnitIds: [ids.coUnit],
        deadline: day(60),
        status: 'IN_PROGRESS',
        ...values,
      },
    },
    token.office,
  );
  expect(data.createTask.errors).toEqual([]);
  return data.createTask.task;
}

async function upload(
  taskId: number,
  content: string | Uint8Array,
  as = token.unit,
  type = 'application/pdf',
) {
  const response = await fetch(
    `${api.url}/files/evidence?taskId=${taskId}&fileName=${encodeURIComponent('整改报告.pdf')}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': type },
      body: typeof content === 'string' ? new TextEncoder().encode(content) : content,
    },
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      evidence: { id: number; sha256: string } | null;
      created?: boolean;
      errors: Errors;
    },
  };
}

const REQUEST = 'id version status endorsedTaskVersion endorsementCurrent task { id status version }';

async function requestClosure(taskId: number) {
  expect((await upload(taskId, `%PDF-1.4 evidence for ${taskId}`)).status).toBe(201);
  const data = await ok<{
    requestClosure: { closureRequest: { id: number; version: number }; errors: Errors };
  }>(
    `mutation ($i: RequestClosureInput!) { requestClosure(input: $i) { closureRequest { ${REQUEST} } errors { field code } } }`,
    { i: { taskId, statement: '已完成整改' } },
    token.unit,
  );
  expect(data.requestClosure.errors).toEqual([]);
  return data.requestClosure.closureRequest;
}

const review = <M extends 'endorseClosureRequest' | 'approveClosureRequest'>(
  mutation: M,
  as: string,
  input: Record<string, unknown>,
  locale?: string,
) =>
  gql<
    Record<
      M,
      { closureRequest: { id: number; version: number; status: string; task: Task } | null; errors: Errors }
    >
  >(
    `mutation ($i: ReviewRequestInput!) { ${mutation}(input: $i) { closureRequest { ${REQUEST} } errors { field code message } } }`,
    { i: input },
    as,
    locale,
  );

// Evidence files (the demo's and the tests') in a folder of this file's own, not the repository's data folder.
const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-api-files-'));

beforeAll(async () => {
  // Stubbed, and restored after the file: the next test file may run in this same process (isolate: false).
  vi.stubEnv('RECTIFY_DATA_DIR', dataDir);
  api = await startTestApi({ demo: true });
  const office = await login('office');
  const leader = await login('leader');
  const unit = await login('unit');
  Object.assign(token, { office: office.accessToken, leader: leader.accessToken, unit: unit.accessToken });
  ids.housing = unit.user.unitId;
  ids.leader = leader.user.leaderId;
  const units = await ok<{ units: { nodes: { id: number }[] } }>(
    '{ units(first: 3) { nodes { id } } }',
    {},
    token.office,
  );
  // Three units less the housing unit leave at least two: a co-unit and an unrelated one.
  [ids.coUnit, ids.otherUnit] = units.units.nodes.map((u) => u.id).filter((id) => id !== ids.housing) as [
    number,
    number,
  ];
  const leaders = await ok<{ leaders: { nodes: { id: number }[] } }>(
    '{ leaders(first: 2) { nodes { id } } }',
    {},
    token.office,
  );
  ids.otherLeader = leaders.leaders.nodes.map((l) => l.id).find((id) => id !== ids.leader)!;
  token.office2 = await api.tokenFor('OFFICE');
  token.coUnit = await api.tokenFor('UNIT', { unitId: ids.coUnit });
  token.otherUnit = await api.tokenFor('UNIT', { unitId: ids.otherUnit });
  token.otherLeader = await api.tokenFor('LEADER', { leaderId: ids.otherLeader });
  const issues = await ok<{ issues: { nodes: { id: number; inspectionId: number }[] } }>(
    '{ issues(first: 1, filter: { kind: [AREA] }) { nodes { id inspectionId } } }',
    {},
    token.office,
  );
  ids.inspection = issues.issues.nodes[0]!.inspectionId;
  const issue = await ok<{ createIssue: { issue: { id: number } } }>(
    'mutation ($i: CreateIssueInput!) { createIssue(input: $i) { issue { id } errors { code } } }',
    {
      i: {
        inspectionId: ids.inspection,
        parentId: issues.issues.nodes[0]!.id,
        kind: 'PROBLEM',
        code: '测试1.',
        title: '测试问题',
      },
    },
    token.office,
  );
  ids.issue = issue.createIssue.issue.id;
}, 120_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('evidence files over HTTP', () => {
  it('stores an upload of the lead unit by its hash, once, and serves it to whoever may read the task', async () => {
    const task = await newTask();
    const pdf = `%PDF-1.4 ${task.id}`;
    const first = await upload(task.id, pdf);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      created: true,
      errors: [],
      evidence: { taskId: task.id, fileName: '整改报告.pdf' },
    });
    // Stored under the data folder by default, by its hash.
    const sha = first.body.evidence!.sha256;
    expect(readFileSync(path.join(dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha), 'utf8')).toBe(
      pdf,
    );
    const again = await upload(task.id, pdf);
    expect(again).toMatchObject({
      status: 200,
      body: { created: false, evidence: { id: first.body.evidence!.id } },
    });

    const read = await ok<{
      task: {
        version: number;
        evidence: { id: number; url: string; size: number; uploadedByName: string }[];
      };
    }>(
      'query ($id: Int!) { task(id: $id) { version evidence { id url size uploadedByName } } }',
      { id: task.id },
      token.leader,
    );
    expect(read.task.version).toBe(task.version + 1);
    expect(read.task.evidence).toEqual([
      {
        id: first.body.evidence!.id,
        url: `/files/evidence/${first.body.evidence!.id}`,
        size: pdf.length,
        uploadedByName: expect.any(String),
      },
    ]);
    const download = await fetch(`${api.url}${read.task.evidence[0]!.url}`, {
      headers: { authorization: `Bearer ${token.coUnit}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('整改报告.pdf'));
    expect(await download.text()).toBe(pdf);
    const hidden = await fetch(`${api.url}${read.task.evidence[0]!.url}`, {
      headers: { authorization: `Bearer ${token.otherUnit}` },
    });
    expect(hidden.status).toBe(404);
  });

  it('refuses uploads by field, by role and by scope', async () => {
    const task = await newTask();
    expect(await upload(task.id, 'not a pdf')).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'content', code: 'TYPE_MISMATCH' }] },
    });
    expect(await upload(task.id, '%PDF-', token.unit, 'application/x-msdownload')).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'contentType', code: 'UNSUPPORTED_TYPE' }] },
    });
    expect(await upload(task.id, '%PDF-', token.coUnit)).toMatchObject({
      status: 403,
      body: { errors: [{ code: 'NOT_LEAD_UNIT' }] },
    });
    expect(await upload(task.id, '%PDF-', token.otherUnit)).toMatchObject({
      status: 404,
      body: { errors: [{ code: 'NOT_FOUND' }] },
    });
    expect((await upload(task.id, '%PDF-', token.office)).status).toBe(403);
    const anonymous = await fetch(`${api.url}/files/evidence?taskId=${task.id}&fileName=a.pdf`, {
      method: 'POST',
      body: '%PDF-',
    });
    expect(anonymous.status).toBe(401);
    const read = await ok<{ task: { evidence: unknown[] } }>(
      'query ($id: Int!) { task(id: $id) { evidence { id } } }',
      { id: task.id },
      token.office,
    );
    expect(read.task.evidence).toEqual([]);
  });
});

describe('closure (销号) over GraphQL', () => {
  it('runs unit → leader → office, records each review, and the issue follows its tasks', async () => {
    const task = await newTask();
    const issueStatus = async () =>
      (
        await ok<{ issue: { status: string } }>(
          'query ($id: Int!) { issue(id: $id) { status } }',
          { id: ids.issue },
          token.office,
        )
      ).issue.status;
    const request = await requestClosure(task.id);
    expect(request).toMatchObject({ status: 'PENDING_ENDORSEMENT', task: { status: 'CLOSURE_REQUESTED' } });
    const endorsed = await review('endorseClosureRequest', token.leader, {
      id: request.id,
      version: 1,
      decision: 'APPROVE',
      comment: '同意',
    });
    expect(endorsed.data?.endorseClosureRequest).toMatchObject({
      errors: [],
      closureRequest: { status: 'PENDING_APPROVAL', endorsementCurrent: true },
    });
    const approved = await review('approveClosureRequest', token.office, {
      id: request.id,
      version: 2,
      decision: 'APPROVE',
    });
    expect(approved.data?.approveClosureRequest).toMatchObject({
      errors: [],
      closureRequest: { status: 'APPROVED', task: { status: 'CLOSED' } },
    });

    const read = await ok<{
      closureRequest: {
        reviews: {
          step: string;
          decision: string;
          reviewerName: string;
          taskStatusAtDecision: string;
          taskVersionAtDecision: number;
          decidedAt: string;
        }[];
      };
    }>(
      'query ($id: Int!) { closureRequest(id: $id) { reviews { step decision reviewerName taskStatusAtDecision taskVersionAtDecision decidedAt } } }',
      { id: request.id },
      token.unit,
    );
    expect(read.closureRequest.reviews).toMatchObject([
      {
        step: 'ENDORSEMENT',
        decision: 'APPROVE',
        reviewerName: '分管副市长',
        taskStatusAtDecision: 'CLOSURE_REQUESTED',
      },
      {
        step: 'APPROVAL',
        decision: 'APPROVE',
        reviewerName: '整改办工作人员',
        taskStatusAtDecision: 'CLOSURE_REQUESTED',
      },
    ]);
    // The issue's status is derived from all its tasks, this one now closed among them.
    const tasks = await ok<{ issue: { tasks: { status: string }[] } }>(
      'query ($id: Int!) { issue(id: $id) { tasks { status } } }',
      { id: ids.issue },
      token.office,
    );
    const statuses = tasks.issue.tasks.map((t) => t.status);
    expect(statuses).toContain('CLOSED');
    expect(await issueStatus()).toBe(statuses.every((s) => s === 'CLOSED') ? 'RECTIFIED' : 'IN_PROGRESS');
  });

  it('refuses, by role and scope, with the field at fault and in the caller’s language', async () => {
    const task = await newTask();
    const ask =
      'mutation ($i: RequestClosureInput!) { requestClosure(input: $i) { closureRequest { id } errors { field code } } }';
    const input = { i: { taskId: task.id, statement: '已完成' } };
    const coUnit = await gql(ask, input, token.coUnit);
    expect(coUnit.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      fieldErrors: [{ field: 'taskId', code: 'NOT_LEAD_UNIT' }],
    });
    const other = await gql<{ requestClosure: { errors: Errors } }>(ask, input, token.otherUnit);
    expect(other.data?.requestClosure.errors).toEqual([{ field: 'taskId', code: 'NOT_FOUND' }]);
    const noEvidence = await gql<{ requestClosure: { errors: Errors } }>(ask, input, token.unit);
    expect(noEvidence.data?.requestClosure.errors).toEqual([
      { field: 'evidence', code: 'EVIDENCE_REQUIRED' },
    ]);
    expect((await gql(ask, input, token.office)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const request = await requestClosure(task.id);
    const base = { id: request.id, version: request.version };
    expect(
      (await review('endorseClosureRequest', token.otherLeader, { ...base, decision: 'APPROVE' })).data
        ?.endorseClosureRequest.errors,
    ).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect(
      (await review('endorseClosureRequest', token.office, { ...base, decision: 'APPROVE' })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await review('approveClosureRequest', token.leader, { ...base, decision: 'APPROVE' })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await review('approveClosureRequest', token.office, { ...base, decision: 'APPROVE' })).data
        ?.approveClosureRequest.errors,
    ).toMatchObject([{ code: 'INVALID_TRANSITION' }]);
    const noReason = await review(
      'endorseClosureRequest',
      token.leader,
      { ...base, decision: 'REJECT' },
      'en',
    );
    expect(noReason.data?.endorseClosureRequest.errors).toEqual([
      { field: 'comment', code: 'REQUIRED', message: 'a rejection needs a reason' },
    ]);
    const rejected = await review('endorseClosureRequest', token.leader, {
      ...base,
      decision: 'REJECT',
      comment: '材料不足',
    });
    expect(rejected.data?.endorseClosureRequest.closureRequest).toMatchObject({
      status: 'REJECTED',
      task: { status: 'IN_PROGRESS' },
    });
  });

  it('asks for endorsement again when the task changed after it was endorsed', async () => {
    const task = await newTask();
    const request = await requestClosure(task.id);
    await review('endorseClosureRequest', token.leader, { id: request.id, version: 1, decision: 'APPROVE' });
    const current = await ok<{ task: { version: number } }>(
      'query ($id: Int!) { task(id: $id) { version } }',
      { id: task.id },
      token.office,
    );
    await ok(
      'mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { errors { code } } }',
      { i: { id: task.id, version: current.task.version, measure: '修订后的措施' } },
      token.office,
    );
    const stale = await ok<{ closureRequests: { nodes: { id: number; endorsementCurrent: boolean }[] } }>(
      `query ($t: Int!) { closureRequests(filter: { taskId: $t, awaiting: ENDORSEMENT }) { nodes { id endorsementCurrent } } }`,
      { t: task.id },
      token.leader,
    );
    expect(stale.closureRequests.nodes).toEqual([{ id: request.id, endorsementCurrent: false }]);
    const refused = await review('approveClosureRequest', token.office, {
      id: request.id,
      version: 2,
      decision: 'APPROVE',
    });
    expect(refused.data?.approveClosureRequest.errors).toMatchObject([
      { field: 'id', code: 'ENDORSEMENT_OUTDATED' },
    ]);
    const again = await review('endorseClosureRequest', token.leader, {
      id: request.id,
      version: 2,
      decision: 'APPROVE',
    });
    expect(again.data?.endorseClosureRequest.closureRequest).toMatchObject({
      version: 3,
      endorsementCurrent: true,
    });
    const approved = await review('approveClosureRequest', token.office, {
      id: request.id,
      version: 3,
      decision: 'APPROVE',
    });
    expect(approved.data?.approveClosureRequest.closureRequest?.task.status).toBe('CLOSED');
  });

  it('lets exactly one of two office reviewers acting at once decide; the other gets a conflict', async () => {
    const task = await newTask();
    const request = await requestClosure(task.id);
    await review('endorseClosureRequest', token.leader, { id: request.id, version: 1, decision: 'APPROVE' });
    const [a, b] = await Promise.all([
      review('approveClosureRequest', token.office, { id: request.id, version: 2, decision: 'APPROVE' }),
      review('approveClosureRequest', token.office2, {
        id: request.id,
        version: 2,
        decision: 'REJECT',
        comment: '不同意',
      }),
    ]);
    const outcomes = [a, b].map((r) => r.data?.approveClosureRequest);
    expect(outcomes.filter((o) => o?.errors.length === 0)).toHaveLength(1);
    const loser = outcomes.find((o) => o?.errors.length)!;
    expect(loser).toMatchObject({ closureRequest: null, errors: [{ field: 'version', code: 'CONFLICT' }] });
    const read = await ok<{ closureRequest: { version: number; reviews: { step: string }[] } }>(
      'query ($id: Int!) { closureRequest(id: $id) { version reviews { step } } }',
      { id: request.id },
      token.office,
    );
    expect(read.closureRequest).toEqual({
      version: 3,
      reviews: [{ step: 'ENDORSEMENT' }, { step: 'APPROVAL' }],
    });
  });
});

describe('extensions, look-back and settings over GraphQL', () => {
  it('moves a deadline only on approval after endorsement, keeping the history', async () => {
    const task = await newTask();
    const proposed = day(120);
    const ext =
      'id version status task { deadline deadlineChanges { fromDeadline toDeadline changedByName } }';
    const asked = await ok<{ requestExtension: { extensionRequest: { id: number }; errors: Errors } }>(
      `mutation ($i: RequestExtensionInput!) { requestExtension(input: $i) { extensionRequest { ${ext} } errors { field code } } }`,
      { i: { taskId: task.id, proposedDeadline: proposed, reason: '需协调多个部门' } },
      token.unit,
    );
    expect(asked.requestExtension.errors).toEqual([]);
    const id = asked.requestExtension.extensionRequest.id;
    const step = (mutation: string, as: string, version: number) =>
      ok<
        Record<
          string,
          {
            extensionRequest: { status: string; task: { deadline: string; deadlineChanges: unknown[] } };
            errors: Errors;
          }
        >
      >(
        `mutation ($i: ReviewRequestInput!) { ${mutation}(input: $i) { extensionRequest { ${ext} } errors { field code } } }`,
        { i: { id, version, decision: 'APPROVE' } },
        as,
      );
    expect(
      (await step('endorseExtensionRequest', token.leader, 1)).endorseExtensionRequest?.extensionRequest.task
        .deadline,
    ).toBe(task.deadline);
    const pending = await ok<{ extensionRequests: { nodes: { id: number }[] } }>(
      '{ extensionRequests(filter: { awaiting: APPROVAL }, first: 100) { nodes { id } } }',
      {},
      token.office,
    );
    expect(pending.extensionRequests.nodes.map((n) => n.id)).toContain(id);
    const approved = (await step('approveExtensionRequest', token.office, 2)).approveExtensionRequest!;
    expect(approved.extensionRequest).toMatchObject({
      status: 'APPROVED',
      task: {
        deadline: proposed,
        deadlineChanges: [
          { fromDeadline: task.deadline, toDeadline: proposed, changedByName: '整改办工作人员' },
        ],
      },
    });
    const refused = await gql<{ requestExtension: { errors: Errors } }>(
      'mutation ($i: RequestExtensionInput!) { requestExtension(input: $i) { errors { field code } } }',
      { i: { taskId: task.id, proposedDeadline: day(10), reason: '' } },
      token.unit,
    );
    expect(refused.data?.requestExtension.errors).toEqual([
      { field: 'reason', code: 'REQUIRED' },
      { field: 'proposedDeadline', code: 'NOT_LATER' },
    ]);
  });

  it('reopens a closed task (office), resumes it (unit) and marks a long-term task ongoing', async () => {
    const closed = await newTask({ status: 'CLOSED' });
    const move = <M extends string>(
      mutation: M,
      input: string,
      variables: Record<string, unknown>,
      as: string,
    ) =>
      gql<Record<M, { task: { status: string; version: number } | null; errors: Errors }>>(
        `mutation ($i: ${input}!) { ${mutation}(input: $i) { task { status version } errors { field code } } }`,
        { i: variables },
        as,
      );
    expect(
      (
        await move(
          'reopenTask',
          'ReopenTaskInput',
          { id: closed.id, version: 1, reason: '问题反弹', deadline: day(30) },
          token.unit,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const look = { id: closed.id, version: 1, reason: '回头看发现问题反弹' };
    const past = await move('reopenTask', 'ReopenTaskInput', { ...look, deadline: day(-1) }, token.office);
    expect(past.data?.reopenTask.errors).toEqual([{ field: 'deadline', code: 'IN_PAST' }]);
    const reopened = await move(
      'reopenTask',
      'ReopenTaskInput',
      { ...look, deadline: day(30) },
      token.office,
    );
    expect(reopened.data?.reopenTask).toEqual({ task: { status: 'REOPENED', version: 2 }, errors: [] });
    const history = await gql<{ task: { deadline: string; deadlineChanges: { toDeadline: string }[] } }>(
      `{ task(id: ${closed.id}) { deadline deadlineChanges { toDeadline } } }`,
      {},
      token.office,
    );
    expect(history.data?.task).toEqual({ deadline: day(30), deadlineChanges: [{ toDeadline: day(30) }] });
    const resumed = await move('resumeTask', 'ResumeTaskInput', { id: closed.id, version: 2 }, token.unit);
    expect(resumed.data?.resumeTask.task).toEqual({ status: 'IN_PROGRESS', version: 3 });
    const longTerm = await newTask({ term: 'LONG_TERM' });
    const marked = await move(
      'markTaskOngoing',
      'MarkTaskOngoingInput',
      { id: longTerm.id, version: 1 },
      token.office,
    );
    expect(marked.data?.markTaskOngoing.task?.status).toBe('ONGOING');
    const wrong = await move(
      'markTaskOngoing',
      'MarkTaskOngoingInput',
      { id: closed.id, version: 3 },
      token.office,
    );
    expect(wrong.data?.markTaskOngoing.errors).toEqual([
      { field: 'status', code: 'ONGOING_NEEDS_LONG_TERM' },
    ]);
  });

  it('colours and flags tasks by the office’s settings at every read', async () => {
    const task = await newTask({ deadline: day(30) });
    const read = async () =>
      (
        await ok<{ task: { warning: string; missingReport: boolean } }>(
          'query ($id: Int!) { task(id: $id) { warning missingReport } }',
          { id: task.id },
          token.unit,
        )
      ).task;
    expect(await read()).toEqual({ warning: 'GREEN', missingReport: true });
    const settings = await ok<{
      workflowSettings: {
        warnings: { yellowDays: number; reminderDays: number[]; version: number };
        reporting: { cadence: string };
      };
    }>(
      '{ workflowSettings { warnings { yellowDays reminderDays version } reporting { cadence currentPeriodStart } } }',
      {},
      token.unit,
    );
    expect(settings.workflowSettings).toMatchObject({
      warnings: { yellowDays: 20, reminderDays: [20, 10], version: 1 },
      reporting: { cadence: 'WEEKLY' },
    });
    const update =
      'mutation ($i: UpdateWarningSettingsInput!) { updateWarningSettings(input: $i) { settings { warnings { yellowDays version } } errors { field code } } }';
    const saved = await ok<{ updateWarningSettings: { settings: unknown; errors: Errors } }>(
      update,
      { i: { yellowDays: 40, reminderDays: [40, 20], version: 1 } },
      token.office,
    );
    expect(saved.updateWarningSettings).toEqual({
      settings: { warnings: { yellowDays: 40, version: 2 } },
      errors: [],
    });
    expect((await read()).warning).toBe('YELLOW');
    const stale = await ok<{ updateWarningSettings: { errors: Errors } }>(
      update,
      { i: { yellowDays: 20, reminderDays: [20, 10], version: 1 } },
      token.office,
    );
    expect(stale.updateWarningSettings.errors).toEqual([{ field: 'version', code: 'CONFLICT' }]);
    expect(
      (await gql(update, { i: { yellowDays: 20, reminderDays: [20], version: 2 } }, token.leader)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    await ok(update, { i: { yellowDays: 20, reminderDays: [20, 10], version: 2 } }, token.office);

    await ok(
      'mutation ($i: ReportProgressInput!) { reportProgress(input: $i) { errors { code } } }',
      { i: { taskId: task.id, period: day(0), text: '本周推进情况', percent: 30 } },
      token.unit,
    );
    expect(await read()).toEqual({ warning: 'GREEN', missingReport: false });
  });

  it('sums up the week per unit and per leader, for the roles that read figures', async () => {
    const summary = await ok<{
      weeklySummary: {
        weekStart: string;
        tasks: {
          total: number;
          closed: number;
          closureRate: number;
          closedThisWeek: number;
          missingReports: number;
        };
        byUnit: { unit: { id: number }; closedThisWeek: number }[];
        byLeader: { leader: { id: number } }[];
        requests: { closuresApproved: number };
      };
    }>(
      '{ weeklySummary { weekStart tasks { total closed closureRate closedThisWeek reportedThisWeek missingReports overdue } byUnit { unit { id name } closedThisWeek closureRate } byLeader { leader { id name } total closureRate } requests { closuresApproved pendingEndorsement pendingApproval } } }',
      {},
      token.office,
    );
    const s = summary.weeklySummary;
    expect(s.tasks.closedThisWeek).toBeGreaterThanOrEqual(2);
    expect(s.tasks.closureRate).toBe(s.tasks.closed / s.tasks.total);
    expect(s.requests.closuresApproved).toBe(s.tasks.closedThisWeek);
    expect(s.byUnit.find((u) => u.unit.id === ids.housing)?.closedThisWeek).toBe(s.tasks.closedThisWeek);
    const own = await ok<{ weeklySummary: { byLeader: { leader: { id: number } }[] } }>(
      '{ weeklySummary { byLeader { leader { id } } } }',
      {},
      token.leader,
    );
    expect(own.weeklySummary.byLeader.map((l) => l.leader.id)).toEqual([ids.leader]);
    expect((await gql('{ weeklySummary { weekStart } }', {}, token.unit)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the demo ledger’s workflow', () => {
  it('shows requests awaiting each step, rejected ones and an extension approved', async () => {
    const data = await ok<{
      approval: { totalCount: number };
      rejected: { totalCount: number };
      extensions: { nodes: { status: string }[] };
    }>(
      `{ approval: closureRequests(filter: { awaiting: APPROVAL }) { totalCount }
         rejected: closureRequests(filter: { status: [REJECTED] }) { totalCount }
         extensions: extensionRequests(first: 100) { nodes { status } } }`,
      {},
      token.office,
    );
    expect(data.approval.totalCount).toBeGreaterThanOrEqual(1);
    expect(data.rejected.totalCount).toBeGreaterThanOrEqual(2);
    expect(data.extensions.nodes.map((n) => n.status)).toEqual(
      expect.arrayContaining(['APPROVED', 'PENDING_APPROVAL', 'PENDING_ENDORSEMENT']),
    );
    const mine = await ok<{ closureRequests: { totalCount: number } }>(
      '{ closureRequests(filter: { awaiting: ENDORSEMENT }) { totalCount } }',
      {},
      token.leader,
    );
    expect(mine.closureRequests.totalCount).toBeGreaterThanOrEqual(1);
  });
});
