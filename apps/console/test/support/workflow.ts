import type { TestApi } from '@rectify/api/testing';
import type { Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { type ConsoleSuite, consoleSuite } from './console-api.js';
import { apiToken } from './sign-in.js';

/** A GraphQL query as the token's user; throws on a top-level error. */
export async function queryAs<T>(
  api: TestApi,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await api.gql<T>(query, variables, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A mutation as the token's user; throws unless its payload has no errors. */
export async function mutateAs<T>(
  api: TestApi,
  token: string,
  name: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const data = await queryAs<Record<string, T & { errors: unknown[] }>>(api, token, query, variables);
  const payload = data[name]!;
  if (payload.errors.length > 0) throw new Error(`${name}: ${JSON.stringify(payload.errors)}`);
  return payload;
}

/** A small evidence file: plain UTF-8 text is one of the accepted types. */
export function evidenceFile(name: string, text = `${name}:整改佐证材料`) {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
}

/** Uploads evidence to a task over HTTP, as the console does. */
export async function uploadEvidenceAs(api: TestApi, token: string, taskId: number, name: string) {
  const file = evidenceFile(name);
  const response = await fetch(
    `${api.url}/files/evidence?taskId=${taskId}&fileName=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': file.mimeType },
      body: file.buffer,
    },
  );
  if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
}

interface OpenTask {
  id: number;
  version: number;
  deadline: string | null;
  term: string;
}

/**
 * Open tasks with a deadline and no request under review, assigned by the office to the unit and the leader:
 * fresh ground for a test, leaving the demo's own stories (requests awaiting review, extensions) alone.
 */
async function freshTasks(
  api: TestApi,
  officeToken: string,
  owners: { leadUnitId: number; leaderId: number },
  count: number,
): Promise<OpenTask[]> {
  const { tasks } = await queryAs<{
    tasks: {
      nodes: (OpenTask & {
        coUnits: { id: number }[];
        closureRequests: { status: string }[];
        extensionRequests: { status: string }[];
      })[];
    };
  }>(
    api,
    officeToken,
    `{ tasks(filter: { status: [IN_PROGRESS], term: [BY_DEADLINE] }, first: 100) {
      nodes { id version deadline term coUnits { id } closureRequests { status } extensionRequests { status } }
    } }`,
  );
  const pending = (r: { status: string }) => r.status.startsWith('PENDING');
  const fresh = tasks.nodes
    .filter(
      (t) =>
        t.deadline != null &&
        !t.coUnits.some((u) => u.id === owners.leadUnitId) &&
        !t.closureRequests.some(pending) &&
        !t.extensionRequests.some(pending),
    )
    .slice(0, count);
  if (fresh.length < count) throw new Error(`the demo has too few fresh tasks: ${fresh.length}`);
  await mutateAs(
    api,
    officeToken,
    'bulkAssignTasks',
    'mutation($i: BulkAssignTasksInput!) { bulkAssignTasks(input: $i) { tasks { id } errors { message } } }',
    { i: { taskIds: fresh.map((t) => t.id), ...owners } },
  );
  return fresh;
}

/** The signed-in user's unit and leader bindings. */
export async function bindingsOf(api: TestApi, token: string) {
  const { me } = await queryAs<{ me: { user: { unitId: number | null; leaderId: number | null } } }>(
    api,
    token,
    '{ me { user { unitId leaderId } } }',
  );
  return me.user;
}

/** Opens the dialog of a workflow button (its test id, or a prefix ending in `*`) and returns the dialog. */
export async function openDialog(page: Page, testId: string) {
  const selector = testId.endsWith('*')
    ? `[data-testid^="${testId.slice(0, -1)}"]`
    : `[data-testid="${testId}"]`;
  await page.locator(selector).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

export interface WorkflowSuite extends ConsoleSuite {
  /** API tokens of the demo accounts named. */
  tokens: Record<string, string>;
  /** Fresh tasks led by `unit` under `leader` (see freshTasks). */
  tasks: OpenTask[];
}

/**
 * One API with the demo ledger and one browser for a test file, the named accounts' tokens, and (when asked)
 * fresh tasks for the demo accounts `unit` and `leader`; pages are closed after each test.
 */
export function workflowSuite(options: { users: string[]; freshTasks?: number }): WorkflowSuite {
  const suite = Object.assign(consoleSuite(), { tokens: {}, tasks: [] }) as WorkflowSuite;
  beforeAll(async () => {
    const users = new Set([...options.users, ...(options.freshTasks ? ['unit', 'leader', 'office'] : [])]);
    for (const name of users) suite.tokens[name] = await apiToken(suite.api, name);
    if (options.freshTasks) {
      const unit = await bindingsOf(suite.api, suite.tokens.unit!);
      const leader = await bindingsOf(suite.api, suite.tokens.leader!);
      suite.tasks = await freshTasks(
        suite.api,
        suite.tokens.office!,
        { leadUnitId: unit.unitId!, leaderId: leader.leaderId! },
        options.freshTasks,
      );
    }
  });
  return suite;
}
