import { readFileSync } from 'node:fs';
import type { TaskStatus } from '@rectify/domain';
import { describe, expect, it } from 'vitest';
import { parseFeedbackDocument } from '../document/parse-feedback-document.js';
import { readLedgerDocument } from '../document/read-document.js';
import { seedDocumentPath } from '../document/testing/seed-path.js';
import type { DraftIssue } from '../document/types.js';
import { renderReportDocx } from './render-docx.js';
import { renderReportHtml } from './render-html.js';
import { renderReportMarkdown } from './render-markdown.js';
import type { ReportIssue, ReportModel } from './report-model.js';

const STATUSES: TaskStatus[] = ['CLOSED', 'IN_PROGRESS', 'ONGOING', 'NOT_STARTED'];

/** The seed's tree as a ledger would hold it, with statuses and progress (that mentions 一是, to be ignored). */
function reportIssueOf(issue: DraftIssue): ReportIssue {
  return {
    code: issue.code,
    title: issue.title,
    responseText: issue.responseText,
    children: issue.children.map(reportIssueOf),
    tasks: issue.tasks.map((task, i) => ({
      measure: task.measure,
      status: STATUSES[i % STATUSES.length]!,
      percent: i % 2 === 0 ? 100 : null,
      progress: i % 3 === 0 ? '一是已出台方案。\n二是已召开会议；' : null,
    })),
  };
}

const seed = parseFeedbackDocument(readFileSync(seedDocumentPath(), 'utf8'));
const rate = (part: number, whole: number) => ({ part, whole, value: part / whole });
const model: ReportModel = {
  title: '中共佛山市委关于省委第十一巡视组巡视反馈意见整改进展情况的通报',
  inspectionKind: 'PATROL',
  inspectingBody: '省委第十一巡视组',
  inspectedOrganisation: '中共佛山市委',
  asOf: '2018-11-26',
  figures: {
    issues: { total: 42, rectified: 30, ongoing: 8, notDone: 4, rectificationRate: rate(30, 42) },
    tasks: { total: 184, closed: 150, ongoing: 20, overdue: 3, closureRate: rate(150, 184) },
  },
  issues: seed.issues.map(reportIssueOf),
};

/** What a round trip must keep: the tree, its codes and titles, and each node's measures. */
function shape(issue: DraftIssue): unknown {
  return {
    code: issue.code,
    kind: issue.kind,
    title: issue.title,
    measures: issue.tasks.map((t) => t.measure),
    children: issue.children.map(shape),
  };
}

const count = (issues: DraftIssue[]): number => issues.reduce((n, issue) => n + 1 + count(issue.children), 0);

describe('the progress report read back', () => {
  it('gives the seed tree from Markdown', async () => {
    const markdown = renderReportMarkdown(model);
    const back = await readLedgerDocument('report.md', new TextEncoder().encode(markdown));
    expect(back.title).toBe(model.title);
    expect(back.issues.map(shape)).toEqual(seed.issues.map(shape));
    expect(count(back.issues)).toBe(57);
    expect(back.warnings).toEqual([]);
  });

  it('gives the seed tree from DOCX', async () => {
    const docx = await renderReportDocx(model);
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const back = await readLedgerDocument('report.docx', docx);
    expect(back.title).toBe(model.title);
    expect(back.issues.map(shape)).toEqual(seed.issues.map(shape));
  });

  it('keeps progress apart from the measures', async () => {
    const back = await readLedgerDocument('report.md', new TextEncoder().encode(renderReportMarkdown(model)));
    const first = back.issues[0]!.children[0]!.children[0]!;
    expect(first.progress).toMatch(/^一是已销号（100%）：一是已出台方案。二是已召开会议；二是整改中/u);
    expect(first.tasks.map((t) => t.measure)).toEqual(
      seed.issues[0]!.children[0]!.children[0]!.tasks.map((t) => t.measure),
    );
  });
});

describe('the progress report', () => {
  it('states the figures and numbers the ledger like the seed', () => {
    const markdown = renderReportMarkdown(model);
    expect(markdown).toContain(
      '巡视反馈问题共42个，已整改完成30个，基本完成、长期坚持8个，尚未完成4个，整改完成率71.43%。',
    );
    expect(markdown).toContain('细化整改任务共184项，已销号150项');
    expect(markdown).toContain('## 二、反馈问题整改进展情况');
    expect(markdown).toContain('### （一）贯彻落实党中央和省委重大决策部署方面存在的问题');
    expect(markdown).toContain('**（1）针对“对中央和省委重要文件、会议精神存在结合实际贯彻落实不够”问题。**');
  });

  it('prints on A4 in Chinese official fonts, with the text escaped', () => {
    const html = renderReportHtml({ ...model, title: '通报<script>' });
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('仿宋_GB2312');
    expect(html).toContain('<title>通报&#60;script&#62;</title>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<h3>（一）贯彻落实党中央和省委重大决策部署方面存在的问题</h3>');
  });
});
