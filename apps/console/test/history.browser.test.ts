import { TaskStatus } from '@rectify/domain';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { signInAs } from './support/sign-in.js';
import { bindingsOf, mutateAs, queryAs, uploadEvidenceAs, workflowSuite } from './support/workflow.js';

// The demo ledger with the accounts `unit`, `leader` and `office`, and one fresh task they own.
const suite = workflowSuite({ users: ['office'], freshTasks: 1 });

const as = (name: string) => suite.tokens[name]!;
const version = async (id: number) =>
  (
    await queryAs<{ task: { version: number } }>(
      suite.api,
      as('office'),
      'query($id: Int!) { task(id: $id) { version } }',
      { id },
    )
  ).task.version;

async function assign(id: number, leaderId: number, leadUnitId: number, coUnitIds: number[]) {
  await mutateAs(
    suite.api,
    as('office'),
    'assignTask',
    'mutation($i: AssignTaskInput!) { assignTask(input: $i) { task { id } errors { message } } }',
    { i: { id, version: await version(id), leaderId, leadUnitId, coUnitIds } },
  );
}

async function review(token: string, name: string, id: number, version: number) {
  await mutateAs(
    suite.api,
    token,
    name,
    `mutation($i: ReviewRequestInput!) { ${name}(input: $i) { closureRequest { id } errors { message } } }`,
    { i: { id, version, decision: 'APPROVE' } },
  );
}

describe("a task's history", () => {
  it('reads in words: actions, fields, names, states and the look-back reason', async () => {
    const task = suite.tasks[0]!;
    const unit = await bindingsOf(suite.api, as('unit'));
    const leader = await bindingsOf(suite.api, as('leader'));
    const { leaders, units } = await queryAs<{
      leaders: { nodes: { id: number; name: string }[] };
      units: { nodes: { id: number; name: string }[] };
    }>(
      suite.api,
      as('office'),
      '{ leaders(first: 20) { nodes { id name } } units(first: 20) { nodes { id name } } }',
    );
    const own = leaders.nodes.find((l) => l.id === leader.leaderId)!;
    const other = leaders.nodes.find((l) => l.id !== leader.leaderId)!;
    const co = units.nodes.filter((u) => u.id !== unit.unitId).slice(0, 2);

    // The office hands the task to another leader with two co-operating units, then back.
    await assign(
      task.id,
      other.id,
      unit.unitId!,
      co.map((u) => u.id),
    );
    await assign(
      task.id,
      own.id,
      unit.unitId!,
      co.map((u) => u.id),
    );
    // Evidence, a closure request, the leader's endorsement, the office's approval, then a look-back.
    const file = `验收报告-${task.id}.txt`;
    await uploadEvidenceAs(suite.api, as('unit'), task.id, file);
    const { closureRequest } = await mutateAs<{ closureRequest: { id: number; version: number } }>(
      suite.api,
      as('unit'),
      'requestClosure',
      'mutation($i: RequestClosureInput!) { requestClosure(input: $i) { closureRequest { id version } errors { message } } }',
      { i: { taskId: task.id, statement: '已整改到位' } },
    );
    await review(as('leader'), 'endorseClosureRequest', closureRequest.id, closureRequest.version);
    await review(as('office'), 'approveClosureRequest', closureRequest.id, closureRequest.version + 1);
    await mutateAs(
      suite.api,
      as('office'),
      'reopenTask',
      'mutation($i: ReopenTaskInput!) { reopenTask(input: $i) { task { id } errors { message } } }',
      {
        i: {
          id: task.id,
          version: await version(task.id),
          reason: '回头看发现问题反弹',
          deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        },
      },
    );

    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    const lookups: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (/\b(leaders|units)\(filter/.test(body)) lookups.push(body);
    });
    await page.goto(`${suite.api.url}/#/tasks/${task.id}/show`);
    const history = page.locator('[data-testid="task-audit"]');
    await history.getByText('整改任务 · 回头看重新打开').waitFor();
    // Names arrive with the references: wait for the last assignment's leader by name.
    await history.getByText(`责任领导：${other.name} → ${own.name}`).waitFor();
    await screenshot(page, 'task-history');
    // Every row's names came in one request per resource, not one per row.
    expect(lookups.filter((b) => b.includes('leaders(filter'))).toHaveLength(1);
    expect(lookups.filter((b) => b.includes('units(filter'))).toHaveLength(1);
    const text = (await history.textContent()) ?? '';

    for (const action of ['申请销号', '审核通过销号', '上传佐证材料', '分派'])
      expect(text).toContain(`整改任务 · ${action}`);
    expect(text).toContain(`责任领导：${own.name} → ${other.name}`);
    expect(text).toContain(`配合单位：— → ${co.map((u) => u.name).join('、')}`);
    const status = (s: keyof typeof TaskStatus.labels) => TaskStatus.labels[s].zh;
    expect(text).toContain(`状态：${status('IN_PROGRESS')} → ${status('CLOSURE_REQUESTED')}`);
    expect(text).toContain(`状态：${status('CLOSED')} → ${status('REOPENED')}`);
    expect(text).toContain('回头看发现的问题：回头看发现问题反弹');
    expect(text).toContain(`佐证材料：${file}`);
    for (const raw of [
      'requestClosure',
      'addEvidence',
      'close',
      'leaderId',
      'coUnitIds',
      'evidenceId',
      'reason',
      'true',
      'false',
      'CLOSED',
      '#',
    ])
      expect(text).not.toContain(raw);

    // The audit log says the same, and names the record's kind.
    const filter = encodeURIComponent(JSON.stringify({ entity: 'task', entityId: String(task.id) }));
    await page.goto(`${suite.api.url}/#/auditEvents?filter=${filter}`);
    const log = page.locator('.RaDataTable-table tbody');
    await log.getByText('整改任务 · 回头看重新打开').waitFor();
    await log.getByText(`责任领导：${other.name} → ${own.name}`).waitFor();
    const logText = (await log.textContent()) ?? '';
    expect(logText).not.toMatch(/requestClosure|leaderId|\btask\b/);
    await page.close();
  });

  it('an unknown address says so in one sentence, without a stray period', async () => {
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    await page.goto(`${suite.api.url}/#/no-such-page`);
    const notFound = page.locator('[data-testid="not-found"]');
    await notFound.waitFor();
    const text = (await notFound.textContent()) ?? '';
    expect(text).toContain('网址有误，或链接已失效。');
    expect(text).not.toContain('。.');
    await page.close();
  });
});
