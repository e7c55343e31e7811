import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './render-html.js';
import { renderReportMarkdown } from './render-markdown.js';
import { layoutReport, reportTitle } from './report-layout.js';
import type { ReportModel } from './report-model.js';

const rate = (part: number, whole: number) => ({ part, whole, value: part / whole });
const inspection = {
  inspectionKind: 'CIRCUIT',
  inspectingBody: '县委第二巡察组',
  inspectedOrganisation: '中共某镇委员会',
} as const;
/** A county's 巡察, whose ledger text says nothing of either word: every 巡察 in the report is generated. */
const model: ReportModel = {
  ...inspection,
  title: reportTitle(inspection),
  asOf: '2024-06-30',
  figures: {
    issues: { total: 1, rectified: 0, ongoing: 0, notDone: 1, rectificationRate: rate(0, 1) },
    tasks: { total: 1, closed: 0, ongoing: 0, overdue: 0, closureRate: rate(0, 1) },
  },
  issues: [
    {
      code: '二(一)',
      title: '落实上级部署方面',
      responseText: null,
      children: [
        {
          code: '二(一)1.',
          title: '学习制度执行不严',
          responseText: null,
          children: [],
          tasks: [{ measure: '修订学习制度。', status: 'IN_PROGRESS', percent: 50, progress: '已起草。' }],
        },
      ],
      tasks: [],
    },
  ],
};

describe('the progress report of a 巡察', () => {
  it('says 巡察 and names the inspecting body wherever it speaks of the inspection', () => {
    const text = layoutReport(model).map((block) => `${block.kind} ${block.text}`);
    expect(text.slice(0, 5)).toEqual([
      'TITLE 中共某镇委员会关于县委第二巡察组巡察反馈意见整改进展情况的通报',
      'SUBTITLE （截至2024年6月30日）',
      'TEXT 中共某镇委员会对照县委第二巡察组巡察反馈意见，逐项建立整改台账，明确责任领导、责任单位和整改时限，扎实推进整改落实。现将截至2024年6月30日的整改进展情况通报如下。',
      'SECTION 一、整改工作总体情况',
      'TEXT 巡察反馈问题共1个，已整改完成0个，基本完成、长期坚持0个，尚未完成1个，整改完成率0.00%。',
    ]);
  });

  it('never says 巡视, in any format', () => {
    expect(renderReportMarkdown(model)).not.toContain('巡视');
    expect(renderReportHtml(model)).not.toContain('巡视');
  });

  it('says 巡视 for a 巡视, with the same sentences', () => {
    const patrol = { ...inspection, inspectionKind: 'PATROL', inspectingBody: '省委第十一巡视组' } as const;
    const markdown = renderReportMarkdown({ ...model, ...patrol, title: reportTitle(patrol) });
    expect(markdown).toMatch(/^# 中共某镇委员会关于省委第十一巡视组巡视反馈意见整改进展情况的通报\n/u);
    expect(markdown).toContain('巡视反馈问题共1个');
    expect(markdown).not.toContain('巡察');
  });
});
