import { describe, expect, it } from 'vitest';
import { parseFeedbackDocument } from './parse-feedback-document.js';
import type { DraftIssue } from './types.js';

/** Code, kind and task ordinals of every issue, depth first: the shape of a tree at a glance. */
function outline(issues: DraftIssue[]): string[] {
  return issues.flatMap((issue) => [
    `${issue.code} ${issue.kind} ${issue.title} [${issue.tasks.map((t) => t.ordinal || '-').join(' ')}]`,
    ...outline(issue.children),
  ]);
}

const FULL_WIDTH = [
  '（一）党的建设方面存在的问题',
  '１．党内政治生活不够严肃',
  '（１）针对“民主生活会质量不高”问题。一是开好专题民主生活会。二是从严督导。',
  '（２）针对“组织生活会流于形式”问题一是建立提醒机制；二是开展督查。',
  '２、选人用人有差距。已全部整改到位。',
].join('\n');

const ASCII = [
  '(一)党的建设方面存在的问题',
  '1.党内政治生活不够严肃',
  '(1)针对"民主生活会质量不高"问题。一是开好专题民主生活会。二是从严督导。',
  '(2)针对"组织生活会流于形式"问题一是建立提醒机制；二是开展督查。',
  '2. 选人用人有差距。已全部整改到位。',
].join('\n');

describe('parseFeedbackDocument on a feedback list without sections', () => {
  it('reads areas, problems and items with codes as printed, in ASCII', () => {
    const parsed = parseFeedbackDocument(FULL_WIDTH);
    expect(parsed.title).toBeNull();
    expect(parsed.sections).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(outline(parsed.issues)).toEqual([
      '(一) AREA 党的建设方面存在的问题 []',
      '(一)1. PROBLEM 党内政治生活不够严肃 []',
      '(一)1.(1) MANIFESTATION 民主生活会质量不高 [一是 二是]',
      '(一)1.(2) MANIFESTATION 组织生活会流于形式 [一是 二是]',
      '(一)2. PROBLEM 选人用人有差距 [-]',
    ]);
    const problem2 = parsed.issues[0]?.children[1];
    expect(problem2?.tasks).toEqual([{ ordinal: '', measure: '已全部整改到位。' }]);
  });

  it('reads full-width and ASCII punctuation alike', () => {
    const fullWidth = parseFeedbackDocument(FULL_WIDTH).issues;
    const ascii = parseFeedbackDocument(ASCII).issues;
    expect(ascii).toEqual(fullWidth);
    expect(fullWidth[0]?.children[0]?.children[1]?.tasks).toEqual([
      { ordinal: '一是', measure: '建立提醒机制；' },
      { ordinal: '二是', measure: '开展督查。' },
    ]);
  });
});

describe('parseFeedbackDocument on numbering that skips or breaks', () => {
  const parsed = parseFeedbackDocument(
    [
      '(一)纪律建设方面存在的问题',
      '(1)针对“三公经费管理不严”问题。一是自查自纠。二是建章立制。',
      '(二)选人用人方面存在的问题',
      '1.干部交流不够',
      '已开展双向挂职。',
      '3.关键岗位空缺',
      '(四)移交问题线索的处置',
    ].join('\n'),
  );

  it('hangs an item under the nearest open level and names its kind by its depth', () => {
    expect(outline(parsed.issues)).toEqual([
      '(一) AREA 纪律建设方面存在的问题 []',
      '(一)(1) PROBLEM 三公经费管理不严 [一是 二是]',
      '(二) AREA 选人用人方面存在的问题 []',
      '(二)1. PROBLEM 干部交流不够 [-]',
      '(二)3. PROBLEM 关键岗位空缺 []',
    ]);
  });

  it('takes (四), on the clues handed over, out of the tree as a section of figures, stating none', () => {
    expect(parsed.clueDisposal).toEqual({ heading: '移交问题线索的处置', text: '', byKind: [] });
  });

  it('warns about the skipped level, the gaps and the issues without a response, by line', () => {
    expect(parsed.warnings).toEqual([
      'line 2: (一)(1): numbered directly under (一), skipping a level',
      'line 6: (二)3.: numbered 3 where 2 was expected',
      'line 7: (四): numbered 4 where 3 was expected',
      'line 6: (二)3.: no response',
    ]);
  });
});

describe('parseFeedbackDocument on unnumbered problems and multi-paragraph responses', () => {
  const parsed = parseFeedbackDocument(
    [
      '(一)纪律建设和反腐败方面存在的问题',
      '1.工程建设领域廉政风险较高',
      '市委高度重视。',
      '针对“招投标不规范”问题。一是清理问题。二是完善制度。',
      '关于“某项目多计费用”问题。已签订补充协议,核减全部费用。',
      '2.安全生产存在薄弱环节',
      '(1)针对“事故多发”问题。一是开展督导。',
      '二是严肃追责。',
      '关于“危化品监管不力”问题。一是专项整治。',
      '(2)针对“应急能力不足”问题。',
    ].join('\n'),
  );

  it('makes 针对/关于 paragraphs without a number children ①②… of the problem or item they follow', () => {
    expect(outline(parsed.issues)).toEqual([
      '(一) AREA 纪律建设和反腐败方面存在的问题 []',
      '(一)1. PROBLEM 工程建设领域廉政风险较高 []',
      '(一)1.① MANIFESTATION 招投标不规范 [一是 二是]',
      '(一)1.② MANIFESTATION 某项目多计费用 [-]',
      '(一)2. PROBLEM 安全生产存在薄弱环节 []',
      '(一)2.(1) MANIFESTATION 事故多发 [一是 二是]',
      '(一)2.(1)① MANIFESTATION 危化品监管不力 [一是]',
      '(一)2.(2) MANIFESTATION 应急能力不足 []',
    ]);
    expect(parsed.issues[0]?.children[0]?.responseText).toBe('市委高度重视。');
    expect(parsed.warnings).toEqual(['line 10: (一)2.(2): no response']);
  });

  it('lets a response run on over several paragraphs', () => {
    expect(parsed.issues[0]?.children[1]?.children[0]?.tasks).toEqual([
      { ordinal: '一是', measure: '开展督导。' },
      { ordinal: '二是', measure: '严肃追责。' },
    ]);
  });
});

describe('parseFeedbackDocument on a web page in sections', () => {
  const page = [
    '微信扫一扫',
    '分享到朋友圈',
    '',
    '中共某市委关于巡视整改进展情况的通报',
    '',
    '作者:某市发布 来源:某市发布 公众号',
    '分享到:',
    '11-27',
    '\u3000\u3000根据省委统一部署,省委巡视组对某市进行了巡视。现将巡视整改进展情况予以公布。',
    '一、以政治建设为统领,抓紧抓实巡视整改',
    '(一)高位推动,强化组织领导。一是成立领导小组。二是召开会议。',
    '二、坚持问题导向,把巡视反馈意见落实到位',
    '市委紧扣反馈问题,即知即改、立行立改。',
    '  (一)党的建设方面存在的问题',
    '\t1. 党的政治建设仍需加强',
    '(1)针对“民主生活会质量不高”问题。一是开好专题民主生活会。二是从严督导,已召开完毕。',
    '三、以整改落实的实际成效,推动工作开创新局面',
    '(一)旗帜鲜明讲政治。坚持久久为功。',
    '欢迎广大干部群众对巡视整改落实情况进行监督。',
    '联系电话:',
    '中共某市委',
    '2018年11月26日',
    '阅读8774',
    '举报0',
    '声明',
    '1、本文内容来自公众号,文章版权归原作者所有。',
  ].join('\r\n');
  const parsed = parseFeedbackDocument(page);

  it('finds the title and drops the page furniture', () => {
    expect(parsed.title).toBe('中共某市委关于巡视整改进展情况的通报');
    expect(parsed.preface).toEqual([
      '根据省委统一部署,省委巡视组对某市进行了巡视。现将巡视整改进展情况予以公布。',
    ]);
  });

  it('reads the issues from the section that numbers problems, and keeps the others as narrative', () => {
    expect(parsed.sections.map((s) => [s.ordinal, s.isLedger, s.paragraphs.length])).toEqual([
      ['一', false, 1],
      ['二', true, 1],
      ['三', false, 1],
    ]);
    expect(parsed.sections[1]?.paragraphs).toEqual(['市委紧扣反馈问题,即知即改、立行立改。']);
    expect(parsed.sections[2]?.paragraphs).toEqual(['(一)旗帜鲜明讲政治。坚持久久为功。']);
    expect(outline(parsed.issues)).toEqual([
      '二(一) AREA 党的建设方面存在的问题 []',
      '二(一)1. PROBLEM 党的政治建设仍需加强 []',
      '二(一)1.(1) MANIFESTATION 民主生活会质量不高 [一是 二是]',
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads a feedback list that ends in a footer without swallowing it', () => {
    const list = parseFeedbackDocument(
      [
        '(一)党的建设方面存在的问题',
        '1.党内政治生活不够严肃。已整改。',
        '阅读 12',
        '声明',
        '1、版权所有。',
      ].join('\n'),
    );
    expect(outline(list.issues)).toEqual([
      '(一) AREA 党的建设方面存在的问题 []',
      '(一)1. PROBLEM 党内政治生活不够严肃 [-]',
    ]);
    expect(list.issues[0]?.children[0]?.tasks[0]?.measure).toBe('已整改。');
  });
});
