import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { TestDatabase } from '@rectify/db/testing';
import { DEMO_PASSWORD } from '@rectify/demo';
import { createDemoTestDatabase } from '@rectify/demo/testing';
import { DEFAULT_AUTH_LIMITS } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRectifyServer, type RectifyServer } from '../src/http/server.js';
import { capturedLogger } from './support/ops-harness.js';

// A clue workflow over HTTP on the demo ledger, in production mode, with the logs captured: whatever
// happens — sign-in, intake, reading identities, correcting them, refusals and a failure inside — no log line
// may hold a password, a token, or a clue's subject, informant or matter.

const DEMO_CLUES = JSON.parse(
  readFileSync(new URL('../../../packages/demo/data/clues-2018.json', import.meta.url), 'utf8'),
) as { cases: { subject: string; informant: string | null; summary: string }[] };

const NEW_SUBJECT = '（示例）日志测试被反映人甲';
const NEW_INFORMANT = '（示例）日志测试举报人乙';
const NEW_MATTER = '反映其日志测试事项丙';
const CORRECTED_SUBJECT = '（示例）日志测试被反映人丁';

let database: TestDatabase;
let app: RectifyServer;
let url = '';
let log: Awaited<ReturnType<typeof capturedLogger>>;
const tokens: string[] = [];

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

async function signIn(username: string): Promise<string> {
  const result = await gql<{ login: { accessToken: string; refreshToken: string } }>(
    'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }',
    { u: username, p: DEMO_PASSWORD },
  );
  const session = result.data!.login;
  tokens.push(session.accessToken, session.refreshToken);
  return session.accessToken;
}

beforeAll(async () => {
  database = await createDemoTestDatabase();
  log = await capturedLogger();
  app = await createRectifyServer(
    database,
    { jwtSecret: 'log-test-secret-log-test-secret-log-test', ...DEFAULT_AUTH_LIMITS },
    {
      production: true,
      corsOrigins: [],
      maxBodyBytes: 1_000_000,
      consoleDir: '/nonexistent',
      maxQueryDepth: 10,
      maxQueryCost: 50_000,
      logger: log.logger,
    },
  );
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 300_000);
afterAll(async () => {
  await app?.stop(0);
  await database?.close();
});

describe('the logs of a clue workflow', () => {
  it('hold one access line per request and none of the confidential values', async () => {
    const owner = await signIn('discipline');
    const outsider = await signIn('discipline2');
    await gql('mutation { login(username: "discipline", password: "not-the-password") { accessToken } }');

    const intake = await gql<{ intakeClueCase: { clueCase: { id: number; version: number } } }>(
      `mutation Intake($subject: String!, $informant: String, $summary: String!) {
        intakeClueCase(input: { source: DIRECT_REPORT, kind: PROBLEM_CLUE, receivedDate: "2018-11-20",
          summary: $summary, subject: $subject, informant: $informant }) {
          clueCase { id version subject informant } errors { field code } } }`,
      { subject: NEW_SUBJECT, informant: NEW_INFORMANT, summary: NEW_MATTER },
      owner,
    );
    const created = intake.data!.intakeClueCase.clueCase;
    await gql(
      `mutation Correct($id: Int!, $version: Int!, $subject: String) {
        updateClueCase(input: { id: $id, version: $version, subject: $subject }) { errors { field code } } }`,
      { id: created.id, version: created.version, subject: CORRECTED_SUBJECT },
      owner,
    );
    // Refusals: too long, and a case the caller does not own.
    await gql(
      `mutation TooLong($subject: String!) { intakeClueCase(input: { source: DIRECT_REPORT, kind: PROBLEM_CLUE,
        receivedDate: "2018-11-20", summary: "x", subject: $subject }) { errors { field code } } }`,
      { subject: `${NEW_SUBJECT}${'长'.repeat(500)}` },
      owner,
    );
    const hidden = await gql(
      'query Peek($id: Int!) { clueCase(id: $id) { subject informant summary } }',
      { id: created.id },
      outsider,
    );
    expect(JSON.stringify(hidden)).not.toContain(CORRECTED_SUBJECT);
    await gql(
      '{ clueCases(first: 100) { nodes { serial subject informant summary history { action } } } }',
      {},
      owner,
    );
    // A failure inside: PostgreSQL cannot store a NUL character, so the statement carrying the subject fails.
    const failed = await gql(
      `mutation Broken($subject: String!) { intakeClueCase(input: { source: DIRECT_REPORT, kind: PROBLEM_CLUE,
        receivedDate: "2018-11-20", summary: "x", subject: $subject }) { errors { field code } } }`,
      { subject: `${NEW_SUBJECT}\u0000` },
      owner,
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    await new Promise((resolve) => setTimeout(resolve, 100));

    const text = log.text();
    const requests = log.lines.filter((l) => l.msg === 'request');
    expect(requests.length).toBe(9);
    expect(log.lines.filter((l) => l.msg === 'unexpected error')).toHaveLength(1);

    const secrets = [
      DEMO_PASSWORD,
      'not-the-password',
      ...tokens,
      NEW_SUBJECT,
      NEW_INFORMANT,
      NEW_MATTER,
      CORRECTED_SUBJECT,
      ...DEMO_CLUES.cases.flatMap((c) => [c.subject, c.informant ?? '', c.summary]).filter(Boolean),
    ];
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
    // The confidential values are fictional demo values, all marked 示例: none of them reached a log line.
    expect(text).not.toContain('示例');
  });
});
