import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../text/zh-punctuation.js';
import { compareParagraphs } from './compare-paragraphs.js';
import { draftReport, liveText } from './draft-report.js';
import { feedbackFigures } from './feedback-problems.js';
import type { ReportSource, ReportSourceIssue } from './report-source.js';

const task = (
  status: 'CLOSED' | 'ONGOING' | 'IN_PROGRESS',
  measure: string,
  progress: string | null = null,
) => ({
  status,
  deadline: '2018-11-24',
  measure,
  progress,
});
const issue = (id: number, code: string, title: string, more: Partial<ReportSourceIssue> = {}) => ({
  id,
  code,
  title,
  titleLead: null,
  responseText: null,
  tasks: [],
  children: [],
  ...more,
});

const source: ReportSource = {
  inspection: {
    kind: 'CIRCUIT',
    inspectingBody: '区委第一巡察组',
    inspectedOrganisation: '中共某镇委员会',
    onSiteFrom: '2019-03-01',
    onSiteTo: '2019-04-30',
    feedbackDate: '2019-06-10',
  },
  asOf: '2019-09-30',
  issues: [
    issue(1, '二(一)', '党的建设方面', {
      children: [
        issue(2, '二(一)1.', '基层党组织建设薄弱', {
          children: [
            issue(3, '二(一)1.(1)', '组织生活不规范', {
              titleLead: 'ZHENDUI',
              tasks: [
                task('CLOSED', '规范“三会一课”制度,建立台账'),
                task('ONGOING', '开展专项检查；', '已检查12个支部'),
              ],
              children: [
                issue(4, '二(一)1.(1)①', '党费收缴不及时', {
                  titleLead: 'GUANYU',
                  tasks: [task('IN_PROGRESS', '全面清查党费')],
                }),
              ],
            }),
            issue(5, '二(一)1.(2)', '发展党员程序不严', {
              titleLead: 'ZHENDUI',
              tasks: [task('CLOSED', '逐一核查发展党员档案。')],
            }),
          ],
        }),
      ],
    }),
  ],
  clues: [
    { kind: 'PETITION_REPORT', status: 'CONCLUDED', outcome: null, duplicateOfId: null },
    { kind: 'PETITION_REPORT', status: 'IN_DISPOSAL', outcome: null, duplicateOfId: null },
    { kind: 'PROBLEM_CLUE', status: 'CASE_FILED', outcome: 'SUBSTANTIATED', duplicateOfId: null },
  ],
};

describe('a 通报 draft', () => {
  const paragraphs = draftReport(source, { normalisePunctuation: false });
  const text = (key: string) => paragraphs.find((p) => p.key === key)?.text;

  it('has the real report’s skeleton, in the inspection’s word', () => {
    expect(paragraphs.map((p) => p.kind)).toEqual([
      'TITLE',
      'AS_OF',
      'OPENING',
      'SECTION',
      'TEXT',
      'FIGURES',
      'SECTION',
      'TEXT',
      'AREA',
      'PROBLEM',
      'ITEM',
      'RECTIFICATION',
      'ITEM',
      'RECTIFICATION',
      'ITEM',
      'RECTIFICATION',
      'AREA',
      'TEXT',
      'CLUE_FIGURES',
      'SECTION',
      'TEXT',
      'CONTACT',
      'CONTACT',
      'CONTACT',
      'CONTACT',
      'CONTACT',
      'SIGNATURE',
      'DATE',
    ]);
    expect(text('title')).toBe('中共某镇委员会关于巡察整改进展情况的通报');
    expect(text('as-of')).toBe('（截至2019年9月30日）');
    expect(text('opening')).toContain(
      '2019年3月1日至2019年4月30日，区委第一巡察组对中共某镇委员会进行了巡察。',
    );
    expect(paragraphs.every((p) => !p.text.includes('巡视') || p.key === 'opening')).toBe(true);
    expect(text('clues')).toBe('（二）认真处置区委第一巡察组移交信访举报和问题线索');
    expect(text('date')).toBe('2019年9月30日');
  });

  it('keeps each problem’s own 针对/关于 and drafts its 整改情况 from measures and progress, no status labels', () => {
    expect(text('issue-3')).toBe('（1）针对“组织生活不规范”问题。');
    expect(text('issue-4')).toBe('关于“党费收缴不及时”问题。');
    expect(text('issue-5')).toBe('（2）针对“发展党员程序不严”问题。');
    expect(text('issue-3-rectification')).toBe(
      '一是规范“三会一课”制度,建立台账。二是开展专项检查。已检查12个支部。',
    );
    expect(text('issue-5-rectification')).toBe('逐一核查发展党员档案。');
    expect(paragraphs.some((p) => /已销号|整改进展：/u.test(p.text))).toBe(false);
  });

  it('normalises the source’s ASCII punctuation when asked', () => {
    const normalised = draftReport(source, { normalisePunctuation: true });
    expect(normalised.find((p) => p.key === 'issue-3-rectification')?.text).toContain('制度，建立台账');
  });

  it('counts problems as the feedback does: 关于 items are parts of their problem', () => {
    const figures = feedbackFigures(source.issues, source.asOf);
    expect(figures.problems).toEqual({ total: 2, rectified: 1, ongoing: 0, notDone: 1 });
    expect(figures.tasks).toMatchObject({ total: 4, closed: 2, ongoing: 1, overdue: 1 });
    expect(text('s1-figures')).toBe(
      '截至2019年9月30日，巡察反馈的2个问题中，已整改完成1个，基本完成、长期坚持0个，正在推进1个，整改完成率50.00%；细化的4项整改措施中，已完成2项，长期坚持1项。',
    );
  });

  it('computes the clue section’s figures from the clue records', () => {
    expect(liveText('CLUE_FIGURES', source)).toBe(
      '截至2019年9月30日，区委第一巡察组移交信访举报件2件，已办结1件，办结率50.0%，其余1件正在进一步办理；移交问题线索1条，已办结0条，立案1条，办结率0.0%。',
    );
  });
});

describe('full-width punctuation', () => {
  it('changes ASCII marks in Chinese text only, brackets in pairs', () => {
    expect(fullWidthPunctuation('县(区)委巡察,一是;二是:')).toBe('县（区）委巡察，一是；二是：');
    expect(fullWidthPunctuation('计划(2017-2019年)》')).toBe('计划（2017-2019年）》');
    expect(fullWidthPunctuation('如 7, 3, 1 (ASCII)')).toBe('如 7, 3, 1 (ASCII)');
  });
});

describe('comparing versions', () => {
  it('says per paragraph what was added, removed and changed', () => {
    const a = [
      { key: 'a', kind: 'TEXT' as const, text: '甲' },
      { key: 'b', kind: 'TEXT' as const, text: '乙' },
      { key: 'c', kind: 'TEXT' as const, text: '丙' },
    ];
    const b = [
      { key: 'a', kind: 'TEXT' as const, text: '甲一' },
      { key: 'c', kind: 'TEXT' as const, text: '丙' },
      { key: 'd', kind: 'TEXT' as const, text: '丁' },
    ];
    expect(compareParagraphs(a, b).map((d) => [d.key, d.change])).toEqual([
      ['a', 'CHANGED'],
      ['b', 'REMOVED'],
      ['c', 'UNCHANGED'],
      ['d', 'ADDED'],
    ]);
  });
});
