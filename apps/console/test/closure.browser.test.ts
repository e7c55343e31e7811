import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { signInAs } from './support/sign-in.js';
import {
  bindingsOf,
  evidenceFile,
  mutateAs,
  openDialog,
  queryAs,
  uploadEvidenceAs,
  workflowSuite,
} from './support/workflow.js';

// One API for the file: the demo ledger, with the demo accounts `unit` (lead unit), `leader` (the tasks'
// responsible leader) and `office`. Each test takes its own fresh task, so their order does not matter.
const suite = workflowSuite({ users: ['office'], freshTasks: 6 });

type Review = {
  step: string;
  decision: string;
  comment: string;
  reviewerName: string;
  taskStatusAtDecision: string;
};
interface TaskState {
  status: string;
  deadline: string | null;
  version: number;
  evidence: { fileName: string; sha256: string }[];
  closureRequests: { id: number; version: number; status: string; reviews: Review[] }[];
  extensionRequests: { id: number; version: number; status: string; reviews: Review[] }[];
  deadlineChanges: { fromDeadline: string; toDeadline: string }[];
}

const REVIEWS = 'reviews { step decision comment reviewerName taskStatusAtDecision }';
async function taskState(id: number): Promise<TaskState> {
  const { task } = await queryAs<{ task: TaskState }>(
    suite.api,
    suite.tokens.office!,
    `query($id: Int!) { task(id: $id) { status deadline version evidence { fileName sha256 }
      closureRequests { id version status ${REVIEWS} } extensionRequests { id version status ${REVIEWS} }
      deadlineChanges { fromDeadline toDeadline } } }`,
    { id },
  );
  return task;
}

async function showTask(page: Page, id: number) {
  await page.goto(`${suite.api.url}/#/tasks/${id}/show`);
  await page.locator('[data-testid="task-measure"]').waitFor();
}

/** The unit asks for closure through the API (with evidence), for tests about the later steps. */
async function closureRequested(taskId: number, endorse: boolean): Promise<number> {
  await uploadEvidenceAs(suite.api, suite.tokens.unit!, taskId, `证明材料-${taskId}.txt`);
  const { closureRequest } = await mutateAs<{ closureRequest: { id: number; version: number } }>(
    suite.api,
    suite.tokens.unit!,
    'requestClosure',
    'mutation($i: RequestClosureInput!) { requestClosure(input: $i) { closureRequest { id version } errors { message } } }',
    { i: { taskId, statement: '已整改到位' } },
  );
  if (endorse) {
    await mutateAs(
      suite.api,
      suite.tokens.leader!,
      'endorseClosureRequest',
      'mutation($i: ReviewRequestInput!) { endorseClosureRequest(input: $i) { closureRequest { id } errors { message } } }',
      { i: { id: closureRequest.id, version: closureRequest.version, decision: 'APPROVE' } },
    );
  }
  return closureRequest.id;
}

async function submit(dialog: ReturnType<Page['getByRole']>, name: string) {
  await dialog.getByRole('button', { name }).click();
}

describe('closure (销号)', () => {
  it('goes from the unit, with an evidence file, through the leader to the office, who closes the task', async () => {
    const task = suite.tasks[0]!;
    const page = await suite.browser.context.newPage();

    // The unit asks, attaching a file.
    await signInAs(page, suite.api, 'unit');
    await showTask(page, task.id);
    expect(await page.locator('[data-testid^="review-closure-"]').count()).toBe(0);
    let dialog = await openDialog(page, 'request-closure');
    await dialog.locator('textarea[name="statement"]').first().fill('制度已印发,专项检查已完成。');
    await dialog.locator('input[type="file"]').setInputFiles(evidenceFile('整改报告.txt'));
    await dialog.getByText('整改报告.txt').waitFor();
    await screenshot(page, 'closure-request');
    await submit(dialog, '申请销号');
    await page.getByText('销号申请已提交').waitFor();
    await page.locator('[data-status="PENDING_ENDORSEMENT"]').first().waitFor();
    await page.locator('[data-testid="evidence"]').getByText('整改报告.txt').first().waitFor();
    // The evidence downloads as it was uploaded.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="evidence"]').getByText('整改报告.txt').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('整改报告.txt');
    const { readFile } = await import('node:fs/promises');
    expect(await readFile((await download.path())!, 'utf8')).toBe(
      evidenceFile('整改报告.txt').buffer.toString(),
    );

    // The leader finds it in the review queue and endorses it there.
    await signInAs(page, suite.api, 'leader');
    await page.goto(`${suite.api.url}/#/reviews`);
    const row = page.locator(`[data-testid="queue-closure"] tr:has(a[href="#/tasks/${task.id}/show"])`);
    await row.waitFor();
    await screenshot(page, 'review-queue-leader');
    await row.locator('[data-testid^="review-closure-"]').click();
    dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name="comment"]').first().fill('情况属实,同意销号。');
    await submit(dialog, '提交审核');
    await page.getByText('审核意见已提交').waitFor();
    await row.waitFor({ state: 'detached' });

    // The office approves on the task page: the task is closed.
    await signInAs(page, suite.api, 'office');
    await showTask(page, task.id);
    dialog = await openDialog(page, 'review-closure-*');
    await submit(dialog, '提交审核');
    await page.getByText('审核意见已提交').waitFor();
    await page.locator('[data-request^="销号申请"][data-status="APPROVED"]').waitFor();
    await page.locator('[data-testid="reopen-task"]').waitFor();
    await screenshot(page, 'closure-approved');

    const state = await taskState(task.id);
    expect(state.status).toBe('CLOSED');
    expect(state.evidence.map((e) => e.fileName)).toContain('整改报告.txt');
    expect(state.evidence.find((e) => e.fileName === '整改报告.txt')!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(state.closureRequests[0]!.reviews).toEqual([
      {
        step: 'ENDORSEMENT',
        decision: 'APPROVE',
        comment: '情况属实,同意销号。',
        reviewerName: '分管副市长',
        taskStatusAtDecision: 'CLOSURE_REQUESTED',
      },
      expect.objectContaining({ step: 'APPROVAL', decision: 'APPROVE', reviewerName: '整改办工作人员' }),
    ]);
    await page.close();
  });

  it('sent back by the office needs a reason, and returns the task to work', async () => {
    const task = suite.tasks[1]!;
    await closureRequested(task.id, true);
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    await showTask(page, task.id);
    const dialog = await openDialog(page, 'review-closure-*');
    await dialog.getByLabel('退回').check();
    await submit(dialog, '提交审核');
    // No reason: the server's message sits under the comment, and the choice made is kept.
    await dialog.locator('.Mui-error', { hasText: '退回时须说明理由' }).first().waitFor();
    expect(await dialog.getByLabel('退回').isChecked()).toBe(true);
    await dialog.locator('textarea[name="comment"]').first().fill('佐证材料不足,请补充检查记录。');
    await submit(dialog, '提交审核');
    await page.getByText('审核意见已提交').waitFor();
    await page.locator('[data-decision="REJECT"]', { hasText: '佐证材料不足' }).waitFor();

    const state = await taskState(task.id);
    expect(state.status).toBe('IN_PROGRESS');
    expect(state.closureRequests[0]).toMatchObject({ status: 'REJECTED' });

    // The unit sees why, and may ask again.
    await signInAs(page, suite.api, 'unit');
    await showTask(page, task.id);
    await page.locator('[data-decision="REJECT"]', { hasText: '佐证材料不足' }).waitFor();
    await page.locator('[data-testid="request-closure"]').waitFor();
    await page.close();
  });

  it('is offered to each role only at its own step', async () => {
    const task = suite.tasks[2]!;
    await closureRequested(task.id, false);
    const page = await suite.browser.context.newPage();
    const offered = async () =>
      page
        .locator('[data-testid^="review-"], [data-testid^="request-"], [data-testid^="withdraw-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace(/-\d+$/, '')).sort());
    const expected: [string, string[]][] = [
      ['unit', ['request-extension', 'withdraw-closure']],
      ['leader', ['review-closure']],
      // Awaiting the leader: nothing yet for the office, and never anything for the others.
      ['office', []],
      ['supervisor', []],
      ['discipline', []],
    ];
    for (const [user, buttons] of expected) {
      await signInAs(page, suite.api, user);
      await showTask(page, task.id);
      await page.locator('[data-status="PENDING_ENDORSEMENT"]').first().waitFor();
      expect(await offered(), user).toEqual(buttons);
    }
    await page.close();
  });
  it('asks the leader to endorse again once the task changed after the endorsement', async () => {
    const task = suite.tasks[5]!;
    await closureRequested(task.id, true);
    const { version } = await taskState(task.id);
    await mutateAs(
      suite.api,
      suite.tokens.office!,
      'updateTask',
      'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id } errors { message } } }',
      { i: { id: task.id, version, target: '年底前全部完成并建立长效机制' } },
    );
    const page = await suite.browser.context.newPage();

    // The office sees why it cannot approve yet.
    await signInAs(page, suite.api, 'office');
    await showTask(page, task.id);
    await page.locator('[data-testid="stale-endorsement"]').waitFor();
    expect(await page.locator('[data-testid^="review-closure-"]').count()).toBe(0);

    // The leader finds it in the queue again, marked, and endorses the task as it is now.
    await signInAs(page, suite.api, 'leader');
    await page.goto(`${suite.api.url}/#/reviews`);
    const row = page.locator(`[data-testid="queue-closure"] tr:has(a[href="#/tasks/${task.id}/show"])`);
    await row.locator('[data-testid="stale-endorsement"]').waitFor();
    await row.locator('[data-testid^="review-closure-"]').click();
    await page.getByRole('dialog').getByRole('button', { name: '提交审核' }).click();
    await page.getByText('审核意见已提交').waitFor();

    await signInAs(page, suite.api, 'office');
    await showTask(page, task.id);
    await page.locator('[data-testid^="review-closure-"]').waitFor();
    expect(await page.locator('[data-testid="stale-endorsement"]').count()).toBe(0);
    await page.close();
  });
});

describe('an extension (延期)', () => {
  it('moves the deadline only once the leader and the office agree, and keeps its history', async () => {
    const task = suite.tasks[3]!;
    const today = new Date().toISOString().slice(0, 10);
    const later = [task.deadline!, today].sort()[1];
    const base = new Date(`${later}T00:00:00Z`);
    const proposed = new Date(base.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
    const page = await suite.browser.context.newPage();

    await signInAs(page, suite.api, 'unit');
    await showTask(page, task.id);
    let dialog = await openDialog(page, 'request-extension');
    await dialog.locator('input[name="proposedDeadline"]').fill(proposed);
    await dialog.locator('textarea[name="reason"]').first().fill('需待省级配套政策出台后实施。');
    await submit(dialog, '申请延期');
    await page.getByText('延期申请已提交').waitFor();

    await signInAs(page, suite.api, 'leader');
    await showTask(page, task.id);
    dialog = await openDialog(page, 'review-extension-*');
    await submit(dialog, '提交审核');
    await page.getByText('审核意见已提交').waitFor();
    expect((await taskState(task.id)).deadline).toBe(task.deadline);

    await signInAs(page, suite.api, 'office');
    await page.goto(`${suite.api.url}/#/reviews`);
    const row = page.locator(`[data-testid="queue-extension"] tr:has(a[href="#/tasks/${task.id}/show"])`);
    await row.locator('[data-testid^="review-extension-"]').click();
    dialog = page.getByRole('dialog');
    await submit(dialog, '提交审核');
    await page.getByText('审核意见已提交').waitFor();

    await showTask(page, task.id);
    await page.locator('[data-testid="deadline-history"]').getByText('→').waitFor();
    await screenshot(page, 'extension-approved');
    const state = await taskState(task.id);
    expect(state.deadline).toBe(proposed);
    expect(state.deadlineChanges).toEqual([{ fromDeadline: task.deadline, toDeadline: proposed }]);
    await page.close();
  });
});

describe('a look-back (回头看)', () => {
  it('reopens a closed task with the reason, and the unit resumes it', async () => {
    const { tasks: closed } = await queryAs<{ tasks: { nodes: { id: number }[] } }>(
      suite.api,
      suite.tokens.unit!,
      '{ tasks(filter: { status: [CLOSED] }, first: 50) { nodes { id leadUnitId } } }',
    );
    const unitId = (await bindingsOf(suite.api, suite.tokens.unit!)).unitId;
    const target = (closed.nodes as { id: number; leadUnitId: number }[]).find(
      (t) => t.leadUnitId === unitId,
    )!;
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    await showTask(page, target.id);
    const dialog = await openDialog(page, 'reopen-task');
    await submit(dialog, '回头看');
    await dialog.locator('.Mui-error').first().waitFor();
    await dialog.locator('textarea[name="reason"]').first().fill('回头看发现问题反弹。');
    // A deadline already past is refused at the date field; the typed reason stays for the retry.
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await dialog.locator('input[name="deadline"]').fill(day(-1));
    await submit(dialog, '回头看');
    await dialog.getByText('新的完成时限不能早于今天').waitFor();
    await dialog.locator('input[name="deadline"]').fill(day(60));
    await submit(dialog, '回头看');
    await page.getByText('任务已重新打开').waitFor();
    const state = await taskState(target.id);
    expect(state.status).toBe('REOPENED');
    expect(state.deadline).toBe(day(60));
    expect(state.deadlineChanges.at(-1)).toMatchObject({ toDeadline: day(60) });
    await page.locator('[data-testid="deadline-history"]').getByText('回头看').waitFor();

    await signInAs(page, suite.api, 'unit');
    await showTask(page, target.id);
    await submit(await openDialog(page, 'resume-task'), '恢复整改');
    await page.getByText('已恢复整改').waitFor();
    expect((await taskState(target.id)).status).toBe('IN_PROGRESS');
    await page.close();
  });

  it('marks a long-term task basically done and continuing', async () => {
    const { tasks: longTerm } = await queryAs<{ tasks: { nodes: { id: number }[] } }>(
      suite.api,
      suite.tokens.office!,
      '{ tasks(filter: { status: [IN_PROGRESS], term: [LONG_TERM] }, first: 1) { nodes { id } } }',
    );
    const id = longTerm.nodes[0]!.id;
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'office');
    await showTask(page, id);
    const dialog = await openDialog(page, 'mark-ongoing');
    await dialog.locator('textarea[name="comment"]').first().fill('已建立长效机制,持续推进。');
    await submit(dialog, '标记长期坚持');
    await page.getByText('已标记为基本完成、长期坚持').waitFor();
    expect((await taskState(id)).status).toBe('ONGOING');
    await page.close();
  });
});

describe('two reviewers at once', () => {
  it('lets the first decide; the second is told so and keeps what it typed', async () => {
    const task = suite.tasks[4]!;
    await closureRequested(task.id, true);
    const first = await suite.browser.context.newPage();
    await signInAs(first, suite.api, 'office');
    // The second page shares the signed-in office session: two reviewers reading the same request.
    const second = await suite.browser.context.newPage();
    await showTask(first, task.id);
    await showTask(second, task.id);
    const firstDialog = await openDialog(first, 'review-closure-*');
    const secondDialog = await openDialog(second, 'review-closure-*');
    await secondDialog.getByLabel('退回').check();
    const typed = '佐证材料与整改措施不对应,请补充。';
    await secondDialog.locator('textarea[name="comment"]').first().fill(typed);

    await submit(firstDialog, '提交审核');
    await first.getByText('审核意见已提交').waitFor();
    await submit(secondDialog, '提交审核');
    await second.getByText('已被他人处理或修改').waitFor();
    await screenshot(second, 'review-conflict');
    expect(await secondDialog.isVisible()).toBe(true);
    expect(await secondDialog.locator('textarea[name="comment"]').first().inputValue()).toBe(typed);
    expect(await secondDialog.getByLabel('退回').isChecked()).toBe(true);

    const state = await taskState(task.id);
    expect(state.status).toBe('CLOSED');
    expect(state.closureRequests[0]!.reviews.map((r) => r.decision)).toEqual(['APPROVE', 'APPROVE']);
  });
});
