import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { signInAs } from './support/sign-in.js';
import { evidenceFile, openDialog, queryAs, workflowSuite } from './support/workflow.js';

// The demo ledger with fresh tasks for the demo accounts `unit` and `leader`; `admin` makes API clients.
const suite = workflowSuite({ users: ['office', 'admin'], freshTasks: 6 });

async function taskState(id: number) {
  const { task } = await queryAs<{
    task: { evidence: { fileName: string }[]; closureRequests: { status: string }[] };
  }>(
    suite.api,
    suite.tokens.office!,
    'query($id: Int!) { task(id: $id) { evidence { fileName } closureRequests { status } } }',
    { id },
  );
  return task;
}

/** A fresh task with no evidence yet: the server refuses a closure request on it. */
async function taskWithoutEvidence(): Promise<number> {
  for (const task of suite.tasks) if ((await taskState(task.id)).evidence.length === 0) return task.id;
  throw new Error('every fresh task has evidence');
}

describe('forms that recover', () => {
  it('asks for the evidence at the field, then sends the closure request once the file is added', async () => {
    const taskId = await taskWithoutEvidence();
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'unit');
    await page.goto(`${suite.api.url}/#/tasks/${taskId}/show`);
    await page.locator('[data-testid="task-measure"]').waitFor();
    const dialog = await openDialog(page, 'request-closure');
    // Said before anything is sent.
    await dialog.getByText('申请销号须附佐证材料').first().waitFor();
    await dialog.locator('textarea[name="statement"]').first().fill('制度已印发，专项检查已完成。');
    await dialog.getByRole('button', { name: '申请销号' }).click();
    await dialog.locator('.Mui-error').getByText('申请销号须附佐证材料').first().waitFor();
    expect((await taskState(taskId)).closureRequests).toEqual([]);

    // Corrected in place: the file added, the same dialog sends.
    await dialog.locator('input[type="file"]').setInputFiles(evidenceFile('补充佐证.txt'));
    await dialog.getByText('补充佐证.txt').waitFor();
    await screenshot(page, 'closure-corrected');
    await dialog.getByRole('button', { name: '申请销号' }).click();
    await page.getByText('销号申请已提交').waitFor();
    const state = await taskState(taskId);
    expect(state.evidence.map((e) => e.fileName)).toEqual(['补充佐证.txt']);
    expect(state.closureRequests.map((r) => r.status)).toEqual(['PENDING_ENDORSEMENT']);
  });

  it('asks before Escape or a click outside drops what was typed in a dialog', async () => {
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'unit');
    await page.goto(`${suite.api.url}/#/tasks/${suite.tasks.at(-1)!.id}/show`);
    await page.locator('[data-testid="task-measure"]').waitFor();

    // Nothing typed: Escape closes at once.
    let dialog = await openDialog(page, 'request-extension');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    dialog = await openDialog(page, 'request-extension');
    const reason = dialog.locator('textarea[name="reason"]').first();
    await reason.fill('汛期施工受阻');
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('dialog').filter({ hasText: '放弃已填写的内容？' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '继续填写' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await reason.inputValue()).toBe('汛期施工受阻');

    // A click outside the dialog asks the same; discarding closes it.
    await page.mouse.click(5, 5);
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '放弃并关闭' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('keeps the show-once API token on screen until its button is pressed', async () => {
    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'admin');
    await page.goto(`${suite.api.url}/#/apiClients/create`);
    await page.locator('input[name="name"]').fill('数据共享测试');
    await page.locator('input[name="department"]').fill('大数据中心');
    await page.locator('input[type="checkbox"]').first().check();
    const expiry = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('input[name="expiresAt"]').fill(expiry);
    await page.locator('button[type="submit"]').click();
    const token = page.locator('[data-testid="api-token"]');
    await token.waitFor();
    await page.keyboard.press('Escape');
    await page.mouse.click(5, 5);
    expect(await token.isVisible()).toBe(true);
    await page.getByRole('button', { name: '我已复制并妥善保存令牌' }).click();
    await page.waitForURL('**/#/apiClients');
  });
});
