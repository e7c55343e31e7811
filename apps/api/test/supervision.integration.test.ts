import { DEMO_PASSWORD } from '@rectify/demo';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// Supervision over GraphQL: supervisors record, the office reads, the visited unit answers its own findings.
let api: TestApi;
const token = { supervisor: '', office: '', unit: '', otherUnit: '', leader: '' };
let unitId = 0;

type Errors = { field: string; code: string }[];

async function ok<T>(query: string, variables: Record<string, unknown>, as: string): Promise<T> {
  const result = await api.gql<T>(query, variables, { token: as });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function login(username: string) {
  const result = await api.gql<{ login: { accessToken: string; user: { unitId: number } } }>(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken user { unitId } } }',
    { u: username, p: DEMO_PASSWORD },
  );
  return result.data!.login;
}

// Evidence files (the demo's and the tests') in a folder of this file's own, not the repository's data folder.
const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-api-files-'));

beforeAll(async () => {
  // Stubbed, and restored after the file: the next test file may run in this same process (isolate: false).
  vi.stubEnv('RECTIFY_DATA_DIR', dataDir);
  api = await startTestApi({ demo: true });
  token.supervisor = (await login('supervisor')).accessToken;
  token.office = (await login('office')).accessToken;
  token.leader = (await login('leader')).accessToken;
  const unit = await login('unit');
  token.unit = unit.accessToken;
  unitId = unit.user.unitId;
  token.otherUnit = (await login('unit2')).accessToken;
}, 120_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const VISIT = `mutation ($i: RecordSupervisionVisitInput!) {
  recordSupervisionVisit(input: $i) { visit { id unitId method group { name } unit { id } findings { id status responseDue overdue } } errors { field code } }
}`;

describe('supervision over GraphQL', () => {
  it('records a group’s visit with findings, which the unit answers and the supervisor follows up', async () => {
    const group = await ok<{
      createSupervisionGroup: { group: { id: number; name: string }; errors: Errors };
    }>(
      'mutation { createSupervisionGroup(input: { name: "市委第二督查组", headName: "王强" }) { group { id name } errors { field code } } }',
      {},
      token.supervisor,
    );
    expect(group.createSupervisionGroup.errors).toEqual([]);
    const recorded = await ok<{
      recordSupervisionVisit: {
        visit: { id: number; findings: { id: number; status: string; overdue: boolean }[] };
        errors: Errors;
      };
    }>(
      VISIT,
      {
        i: {
          groupId: group.createSupervisionGroup.group.id,
          unitId,
          visitDate: '2018-11-20',
          method: 'LEDGER_REVIEW',
          summary: '查阅整改台账',
          findings: [{ text: '台账更新不及时', responseDue: '2099-12-31' }],
        },
      },
      token.supervisor,
    );
    expect(recorded.recordSupervisionVisit.visit).toMatchObject({
      unitId,
      method: 'LEDGER_REVIEW',
      group: { name: '市委第二督查组' },
      unit: { id: unitId },
      findings: [{ status: 'OPEN', overdue: false }],
    });
    const findingId = recorded.recordSupervisionVisit.visit.findings[0]!.id;

    const mine = await ok<{
      unitFindings: { nodes: { id: number; groupName: string; visitDate: string }[] };
    }>(
      '{ unitFindings(first: 100, filter: { status: [OPEN] }) { nodes { id groupName visitDate } } }',
      {},
      token.unit,
    );
    expect(mine.unitFindings.nodes).toContainEqual({
      id: findingId,
      groupName: '市委第二督查组',
      visitDate: '2018-11-20',
    });
    const theirs = await ok<{ unitFindings: { nodes: { id: number }[] } }>(
      '{ unitFindings(first: 100) { nodes { id } } }',
      {},
      token.otherUnit,
    );
    expect(theirs.unitFindings.nodes.map((n) => n.id)).not.toContain(findingId);

    const respond =
      'mutation ($i: RespondToFindingInput!) { respondToFinding(input: $i) { finding { id status response } errors { field code } } }';
    const stranger = await ok<{ respondToFinding: { errors: Errors } }>(
      respond,
      { i: { id: findingId, response: '已整改' } },
      token.otherUnit,
    );
    expect(stranger.respondToFinding.errors).toEqual([{ field: 'id', code: 'NOT_FOUND' }]);
    const answered = await ok<{
      respondToFinding: { finding: { status: string; response: string }; errors: Errors };
    }>(respond, { i: { id: findingId, response: '已每周更新台账' } }, token.unit);
    expect(answered.respondToFinding).toEqual({
      finding: { id: findingId, status: 'RESPONDED', response: '已每周更新台账' },
      errors: [],
    });

    const follow =
      'mutation ($i: FollowUpFindingInput!) { followUpFinding(input: $i) { finding { status } errors { field code } } }';
    const noComment = await ok<{ followUpFinding: { errors: Errors } }>(
      follow,
      { i: { id: findingId, outcome: 'RETURN' } },
      token.supervisor,
    );
    expect(noComment.followUpFinding.errors.map((e) => e.field).sort()).toEqual(['comment', 'responseDue']);
    const closed = await ok<{ followUpFinding: { finding: { status: string } } }>(
      follow,
      { i: { id: findingId, outcome: 'CLOSE', comment: '整改到位' } },
      token.supervisor,
    );
    expect(closed.followUpFinding.finding.status).toBe('CLOSED');
    const read = await ok<{
      findings: { nodes: { id: number; status: string; visit: { summary: string } }[] };
    }>(
      '{ findings(first: 100, filter: { status: [CLOSED] }) { nodes { id status visit { summary } } } }',
      {},
      token.office,
    );
    expect(read.findings.nodes).toContainEqual({
      id: findingId,
      status: 'CLOSED',
      visit: { summary: '查阅整改台账' },
    });
  });

  it('refuses those who may not act, and names the fields at fault', async () => {
    const create =
      'mutation { createSupervisionGroup(input: { name: "x", headName: "y" }) { errors { code } } }';
    for (const as of [token.office, token.unit, token.leader])
      expect((await api.gql(create, {}, { token: as })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await api.gql('{ findings { totalCount } }', {}, { token: token.unit })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.gql('{ unitFindings { totalCount } }', {}, { token: token.supervisor })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const invalid = await ok<{ recordSupervisionVisit: { visit: null; errors: Errors } }>(
      VISIT,
      {
        i: {
          groupId: 999_999,
          unitId,
          visitDate: '2018-11-20',
          method: 'ON_SITE',
          summary: '',
          findings: [{ text: '', responseDue: '2018-11-01' }],
        },
      },
      token.supervisor,
    );
    expect(invalid.recordSupervisionVisit.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'findings.0.responseDue:BEFORE_VISIT',
      'findings.0.text:REQUIRED',
      'groupId:NOT_FOUND',
      'summary:REQUIRED',
    ]);
  });

  it('shows the demo’s visits and findings', async () => {
    const data = await ok<{
      supervisionVisits: { totalCount: number };
      findings: { nodes: { status: string; overdue: boolean }[] };
    }>(
      '{ supervisionVisits { totalCount } findings(first: 100) { nodes { status overdue } } }',
      {},
      token.office,
    );
    expect(data.supervisionVisits.totalCount).toBeGreaterThanOrEqual(2);
    expect(data.findings.nodes.map((n) => n.status)).toEqual(expect.arrayContaining(['OPEN', 'CLOSED']));
    expect(data.findings.nodes.some((n) => n.overdue)).toBe(true);
  });
});
