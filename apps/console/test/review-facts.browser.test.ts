import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { signInAs } from './support/sign-in.js';
import { mutateAs, queryAs, workflowSuite } from './support/workflow.js';

// The demo accounts `unit` (lead unit) and `leader` (responsible leader) on fresh tasks, and the office.
const suite = workflowSuite({ users: ['office'], freshTasks: 2 });

// A 1×1 PNG and a one-page PDF: real files of the types the server checks by their first bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

async function upload(taskId: number, fileName: string, type: string, body: Buffer) {
  const response = await fetch(
    `${suite.api.url}/files/evidence?taskId=${taskId}&fileName=${encodeURIComponent(fileName)}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${suite.tokens.unit}`, 'content-type': type },
      body: new Uint8Array(body),
    },
  );
  if (!response.ok) throw new Error(`upload ${fileName}: ${response.status} ${await response.text()}`);
}

async function report(taskId: number, text: string) {
  await mutateAs(
    suite.api,
    suite.tokens.unit!,
    'reportProgress',
    'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { progressReport { id } errors { message } } }',
    { i: { taskId, period: '2018-11-26', text, percent: 60 } },
  );
}

async function requestClosure(taskId: number, statement: string) {
  const { closureRequest } = await mutateAs<{ closureRequest: { id: number; version: number } }>(
    suite.api,
    suite.tokens.unit!,
    'requestClosure',
    'mutation($i: RequestClosureInput!) { requestClosure(input: $i) { closureRequest { id version } errors { message } } }',
    { i: { taskId, statement } },
  );
  return closureRequest;
}

async function review(
  user: string,
  name: string,
  request: { id: number; version: number },
  decision: string,
) {
  return mutateAs<{ closureRequest: { id: number; version: number } }>(
    suite.api,
    suite.tokens[user]!,
    name,
    `mutation($i: ReviewRequestInput!) { ${name}(input: $i) { closureRequest { id version } errors { message } } }`,
    { i: { ...request, decision, comment: decision === 'REJECT' ? '佐证材料不足。' : '' } },
  );
}

describe('review dialogs (审核)', () => {
  it('show the leader the task, the statement, the progress and the evidence, images and PDFs inline', async () => {
    const task = suite.tasks[0]!;
    await report(task.id, '已完成排查，正在整改。');
    await upload(task.id, '现场照片.png', 'image/png', PNG);
    await upload(task.id, '整改报告.pdf', 'application/pdf', PDF);
    await upload(task.id, '台账.txt', 'text/plain', Buffer.from('整改台账', 'utf8'));
    const request = await requestClosure(task.id, '制度已印发，专项检查已完成。');

    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'leader');
    await page.goto(`${suite.api.url}/#/reviews`);
    await page.locator(`[data-testid="review-closure-${request.id}"]`).click();
    const facts = page.getByRole('dialog').locator('[data-testid="review-facts"]');
    await facts.waitFor();

    const { task: read } = await queryAs<{ task: { measure: string } }>(
      suite.api,
      suite.tokens.leader!,
      'query($id: Int!) { task(id: $id) { measure } }',
      { id: task.id },
    );
    expect(await facts.locator('[data-testid="facts-task"]').textContent()).toContain(read.measure);
    await facts
      .locator('[data-testid="facts-statement"]', { hasText: '制度已印发，专项检查已完成。' })
      .waitFor();
    // Never endorsed before: all of the task's progress, this report among it.
    await facts.locator('[data-testid="facts-progress"] h3', { hasText: /^整改进展$/ }).waitFor();
    await facts.locator('[data-testid="facts-progress"]', { hasText: '已完成排查，正在整改。' }).waitFor();

    // The image is decoded from an object URL the console made with the session's token.
    const image = facts.locator('[data-evidence="现场照片.png"] img[data-preview="image"]');
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1);
    // The PDF is framed from an object URL of its type (the browser's own viewer draws it).
    const pdf = facts.locator('[data-evidence="整改报告.pdf"] iframe[data-preview="pdf"]');
    await pdf.waitFor();
    const pdfUrl = (await pdf.getAttribute('src'))!;
    expect(pdfUrl).toMatch(/^blob:/);
    // Loaded into the frame, not refused by the page's Content-Security-Policy (an error page would stand there).
    await expect.poll(() => page.frames().some((f) => f.url() === pdfUrl)).toBe(true);
    expect(await pdf.getAttribute('data-content-type')).toBe('application/pdf');
    expect(await pdf.getAttribute('title')).toBe('整改报告.pdf');
    // Other types are a download link only.
    await facts.locator('[data-evidence="台账.txt"] button', { hasText: '台账.txt' }).waitFor();
    expect(await facts.locator('[data-evidence="台账.txt"] [data-preview]').count()).toBe(0);
    await screenshot(page, 'review-facts-leader');
    await page.close();
  });

  it('show only the progress since the step last reviewed the task', async () => {
    const task = suite.tasks[1]!;
    await report(task.id, '第一次报送：已制定方案。');
    await upload(task.id, '方案.txt', 'text/plain', Buffer.from('整改方案', 'utf8'));
    const first = await requestClosure(task.id, '方案已落实。');
    const endorsed = await review('leader', 'endorseClosureRequest', first, 'APPROVE');
    await review('office', 'approveClosureRequest', endorsed.closureRequest, 'REJECT');
    await report(task.id, '第二次报送：补充了检查记录。');
    const second = await requestClosure(task.id, '检查记录已补充。');

    const page = await suite.browser.context.newPage();
    await signInAs(page, suite.api, 'leader');
    await page.goto(`${suite.api.url}/#/tasks/${task.id}/show`);
    await page.locator(`[data-testid="review-closure-${second.id}"]`).click();
    const progress = page.getByRole('dialog').locator('[data-testid="facts-progress"]');
    await progress.locator('h3', { hasText: /^上次审核（.+）以来的整改进展$/ }).waitFor();
    await progress.getByText('第二次报送：补充了检查记录。').waitFor();
    expect(await progress.getByText('第一次报送').count()).toBe(0);
    await page.close();
  });
});
