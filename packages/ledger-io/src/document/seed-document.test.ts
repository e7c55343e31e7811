import { describe, expect, it } from 'vitest';
import { parseFeedbackDocument } from './parse-feedback-document.js';
import { readSeedDocument } from './testing/seed-path.js';
import type { DraftIssue } from './types.js';

// Counted by hand from section 二 of the seed: areas (一)–(四), (五) being the clue disposal figures;
// problems 3+3+3+2; manifestations
// 7+(3+3)+(7+1) in (一), (3+2)+2+5 in (二), 3 in (三), 3+3 in (四); tasks summed per node below.
const parsed = parseFeedbackDocument(readSeedDocument());

function all(issues: DraftIssue[]): DraftIssue[] {
  return issues.flatMap((issue) => [issue, ...all(issue.children)]);
}
const issues = all(parsed.issues);
function issue(code: string): DraftIssue {
  const found = issues.find((i) => i.code === code);
  if (!found) throw new Error(`no issue ${code}`);
  return found;
}
const ordinals = (n: number) =>
  ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].slice(0, n).map((c) => `${c}是`);

/** Every issue of section 二 in document order, with its kind and number of tasks (0: it has none). */
const OUTLINE: [string, DraftIssue['kind'], number][] = [
  ['二(一)', 'AREA', 0],
  ['二(一)1.', 'PROBLEM', 0],
  ['二(一)1.(1)', 'MANIFESTATION', 5],
  ['二(一)1.(2)', 'MANIFESTATION', 2],
  ['二(一)1.(3)', 'MANIFESTATION', 4],
  ['二(一)1.(4)', 'MANIFESTATION', 4],
  ['二(一)1.(5)', 'MANIFESTATION', 5],
  ['二(一)1.(6)', 'MANIFESTATION', 4],
  ['二(一)1.(7)', 'MANIFESTATION', 9],
  ['二(一)2.', 'PROBLEM', 0],
  ['二(一)2.(1)', 'MANIFESTATION', 11],
  ['二(一)2.(2)', 'MANIFESTATION', 0],
  ['二(一)2.(2)①', 'MANIFESTATION', 3],
  ['二(一)2.(2)②', 'MANIFESTATION', 3],
  ['二(一)2.(2)③', 'MANIFESTATION', 5],
  ['二(一)2.(3)', 'MANIFESTATION', 6],
  ['二(一)3.', 'PROBLEM', 0],
  ['二(一)3.(1)', 'MANIFESTATION', 6],
  ['二(一)3.(2)', 'MANIFESTATION', 5],
  ['二(一)3.(3)', 'MANIFESTATION', 6],
  ['二(一)3.(4)', 'MANIFESTATION', 5],
  ['二(一)3.(4)①', 'MANIFESTATION', 4],
  ['二(一)3.(5)', 'MANIFESTATION', 6],
  ['二(一)3.(6)', 'MANIFESTATION', 5],
  ['二(一)3.(7)', 'MANIFESTATION', 7],
  ['二(二)', 'AREA', 0],
  ['二(二)1.', 'PROBLEM', 0],
  ['二(二)1.(1)', 'MANIFESTATION', 3],
  ['二(二)1.(2)', 'MANIFESTATION', 5],
  ['二(二)1.(3)', 'MANIFESTATION', 0],
  ['二(二)1.(3)①', 'MANIFESTATION', 4],
  ['二(二)1.(3)②', 'MANIFESTATION', 4],
  ['二(二)2.', 'PROBLEM', 0],
  ['二(二)2.(1)', 'MANIFESTATION', 6],
  ['二(二)2.(2)', 'MANIFESTATION', 4],
  ['二(二)3.', 'PROBLEM', 0],
  ['二(二)3.(1)', 'MANIFESTATION', 3],
  ['二(二)3.(2)', 'MANIFESTATION', 5],
  ['二(二)3.(3)', 'MANIFESTATION', 3],
  ['二(二)3.(4)', 'MANIFESTATION', 4],
  ['二(二)3.(5)', 'MANIFESTATION', 4],
  ['二(三)', 'AREA', 0],
  ['二(三)1.', 'PROBLEM', 7],
  ['二(三)2.', 'PROBLEM', 5],
  ['二(三)3.', 'PROBLEM', 0],
  ['二(三)3.①', 'MANIFESTATION', 6],
  ['二(三)3.②', 'MANIFESTATION', 1],
  ['二(三)3.③', 'MANIFESTATION', 2],
  ['二(四)', 'AREA', 0],
  ['二(四)1.', 'PROBLEM', 0],
  ['二(四)1.(1)', 'MANIFESTATION', 0],
  ['二(四)1.(1)①', 'MANIFESTATION', 3],
  ['二(四)1.(1)②', 'MANIFESTATION', 3],
  ['二(四)1.(1)③', 'MANIFESTATION', 3],
  ['二(四)1.(2)', 'MANIFESTATION', 1],
  ['二(四)1.(3)', 'MANIFESTATION', 1],
  ['二(四)2.', 'PROBLEM', 1],
];

describe('the seed document', () => {
  it('has its title, preface and three sections, of which 二 is the ledger, and nothing to warn about', () => {
    expect(parsed.title).toBe('中共佛山市委关于巡视整改进展情况的通报');
    expect(parsed.preface).toHaveLength(1);
    expect(parsed.preface[0]).toMatch(/^根据省委统一部署,2018年3月8日至5月11日/u);
    expect(parsed.sections.map((s) => [s.ordinal, s.isLedger])).toEqual([
      ['一', false],
      ['二', true],
      ['三', false],
    ]);
    expect(parsed.sections[1]?.heading).toBe('坚持问题导向,不折不扣把巡视反馈意见落实到位');
    expect(parsed.sections[1]?.paragraphs).toHaveLength(1);
    expect(parsed.sections[2]?.paragraphs.at(-1)).toMatch(/作出佛山贡献。$/u);
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps its title line as the title under the furniture of a government website', () => {
    const page = [
      '佛山市人民政府门户网站',
      '首页 > 信息公开 > 巡视整改 > 正文',
      '当前位置：首页 › 通知公告',
      '巡视整改情况',
      '2018-11-27 10:30:00 来源：中共佛山市委 【字体：大 中 小】',
      '分享：微信 微博 QQ空间',
      '【打印本页】【关闭窗口】',
    ].join('\n');
    const onSite = parseFeedbackDocument(`${page}\n${readSeedDocument()}`);
    expect(onSite.title).toBe('中共佛山市委关于巡视整改进展情况的通报');
    expect(onSite.preface).toEqual(parsed.preface);
    expect(onSite.issues).toEqual(parsed.issues);
    expect(onSite.warnings).toEqual([]);
    // Under the title only the furniture known by its pattern can go: a short line there may be a subtitle.
    const byline = page
      .split('\n')
      .slice(1)
      .filter((line) => line !== '巡视整改情况');
    const underTitle = parseFeedbackDocument(
      readSeedDocument().replace('作者:佛山发布', `${byline.join('\n')}\n作者:佛山发布`),
    );
    expect([underTitle.title, underTitle.preface]).toEqual([parsed.title, parsed.preface]);
  });

  it('holds 4 areas, 11 problems, 42 manifestations and 183 tasks, 4 of them not enumerated', () => {
    const count = (kind: DraftIssue['kind']) => issues.filter((i) => i.kind === kind).length;
    expect([count('AREA'), count('PROBLEM'), count('MANIFESTATION')]).toEqual([4, 11, 42]);
    const tasks = issues.flatMap((i) => i.tasks);
    expect(tasks).toHaveLength(183);
    expect(tasks.filter((t) => t.ordinal === '')).toHaveLength(4);
    expect(parsed.issues.map((i) => i.code)).toEqual(['二(一)', '二(二)', '二(三)', '二(四)']);
  });

  it('has exactly the issues of the outline, in order, each with its measures numbered 一是 二是 …', () => {
    expect(issues.map((i) => [i.code, i.kind, i.tasks.length])).toEqual(OUTLINE);
    for (const i of issues.filter((i) => i.tasks.length > 1)) {
      expect(i.tasks.map((t) => t.ordinal)).toEqual(ordinals(i.tasks.length));
    }
    for (const t of issues.flatMap((i) => i.tasks)) expect(t.measure).toMatch(/[。;]$/u);
  });

  it('titles areas and problems by their headings and manifestations by the quoted problem', () => {
    expect(issue('二(一)').title).toBe('贯彻落实党中央和省委重大决策部署方面存在的问题');
    expect(issue('二(一)1.').title).toBe('深化改革开放、“杀出一条血路”的精神有所减退');
    expect(issue('二(一)1.(1)').title).toBe('对中央和省委重要文件、会议精神存在结合实际贯彻落实不够');
    expect(issue('二(一)1.(5)').title).toBe('党的十八大以来‘叫得响’的改革创新成果不多');
    expect(issue('二(一)3.(6)').title).toBe('2017年,全市到省上访数量居高');
    expect(issue('二(二)1.(2)').title).toBe('一些地区和部门党委(党组)领导作用发挥不充分');
    expect(issue('二(二)1.(3)').title).toBe('基层党组织弱化、虚化、边缘化问题亟待解决');
    expect(issue('二(二)1.(3)①').title).toBe('基层党组织弱化、虚化、边缘化');
    expect(issue('二(三)2.').title).toBe('‘三旧’改造及土地低价出让涉嫌造成国有资产严重流失');
    expect(issue('二(四)1.(1)②').title).toBe(
      '全市公务员中具有理工类专业背景的人员偏少,与佛山打造制造业创新中心的要求不相适应',
    );
  });

  it('keeps a problem’s intro paragraph as its response text', () => {
    expect(issue('二(一)1.').responseText).toMatch(/^市委认真剖析深刻反思,.*核心关键问题。$/u);
    expect(issue('二(一)2.').responseText).toMatch(/^立足粤港澳大湾区,.*迈上新台阶。$/u);
    expect(issue('二(一)3.').responseText).toBeNull();
  });

  it('reads measures whole, from the first to the last', () => {
    const first = issue('二(一)1.(1)').tasks[0];
    expect(first?.ordinal).toBe('一是');
    expect(first?.measure).toMatch(/^建立健全学习制度。市委十二届六次全会.*层层抓学习的浓厚氛围。$/u);
    expect(issue('二(一)1.(1)').tasks[4]?.measure).toMatch(
      /^完善各类学习宣传平台。.*已建成“红色驿站”367个。$/u,
    );
    expect(issue('二(一)1.(7)').tasks[8]?.measure).toBe(
      '开展绿化行动,以实施《美丽佛山五年绿化行动计划》为抓手,制定2019-2023年公园绿地建设项目库。' +
        '编制《佛山市建设大湾区高品质森林城市补助资金管理办法》,将城区内新建公园30亩以上的纳入补助范围。',
    );
    expect(issue('二(四)1.(1)③').tasks[2]?.measure).toBe('通过选调、招录和选调生工作,为基层物色专业干部。');
  });

  it('tells 十是 and 十一是 from 一是', () => {
    const tasks = issue('二(一)2.(1)').tasks;
    expect(tasks.map((t) => t.ordinal)).toEqual(ordinals(11));
    expect(tasks[9]?.measure).toBe(
      '推进新一轮技术改造。实施《佛山市工业企业技术改造三年行动计划(2018-2020年)》。' +
        '组织2018年佛山市经济科技发展专项资金(技术改造项目)申报工作,拟支持项目28个,安排资金2000万元。',
    );
    expect(tasks[10]?.measure).toMatch(/^推动互联网、大数据、人工智能与制造业深度融合。.*累计达148家。$/u);
  });

  it('finds 一是 right after 问题 or a clause, without punctuation', () => {
    expect(issue('二(一)1.(2)').responseText).toBeNull();
    expect(issue('二(一)1.(2)').tasks[0]?.measure).toMatch(/^严格会议审核把关,实行会议总量控制。/u);
    expect(issue('二(一)1.(3)').responseText).toBe(
      '聚焦“四个走在全国前列”,沉下心来搞好调研,推动调研成果转化运用',
    );
    expect(issue('二(一)1.(3)').tasks[0]?.measure).toMatch(/^大兴深入基层调查研究之风。/u);
  });

  it('keeps the ①–⑤ inside a measure as text, not as issues', () => {
    expect(issue('二(一)1.(5)').children).toEqual([]);
    expect(issue('二(一)1.(5)').tasks[0]?.measure).toContain('①国集互补');
  });

  it('reads a preamble before 一是 as the response text', () => {
    expect(issue('二(一)3.(2)').responseText).toBe(
      '今年以来,全市新增建成区公园绿地43.1公顷。力争2020年底前全市人均公园绿地面积在珠三角排名稳步提升。',
    );
    expect(issue('二(一)3.(4)').responseText).toMatch(/^牢固树立.*主要整治措施:$/u);
    expect(issue('二(二)3.(2)').responseText).toMatch(
      /^印发《关于因公出国管理有关问题整改工作的实施方案》.*五个阶段。$/u,
    );
  });

  it('handles the header 针对“创新能力不够强”问题。 followed by a 关于 of the same title', () => {
    const header = issue('二(一)2.(2)');
    expect(header.title).toBe('创新能力不够强');
    expect([header.responseText, header.tasks]).toEqual([null, []]);
    expect(header.children.map((c) => c.title)).toEqual([
      '创新能力不够强',
      '国家级高新技术企业相对较少',
      '佛山高新区排名相对靠后',
    ]);
    expect(header.children[0]?.tasks[0]?.measure).toMatch(/^加大财政资金支持力度。强化市级统筹,/u);
    expect(header.children[2]?.responseText).toBe(
      '结合新调整的国家高新区考核指标,全力以赴补“短板”,确保创20强工作顺利推进。',
    );
  });

  it('hangs the 关于 after (一)3.(4)’s measures under (4)', () => {
    const child = issue('二(一)3.(4)①');
    expect(child.title).toBe('广佛交界区域河涌整治任务繁重');
    expect(child.tasks[0]?.measure).toMatch(/^完成一批重点治理工程项目。例如汉岗涌/u);
  });

  it('reads the indented (二)1. line', () => {
    const problem = issue('二(二)1.');
    expect([problem.kind, problem.title]).toEqual(['PROBLEM', '党的政治建设和组织建设仍需加强']);
    expect(problem.children.map((c) => c.code)).toEqual(['二(二)1.(1)', '二(二)1.(2)', '二(二)1.(3)']);
  });

  it('reads (二)3.(5), whose problem is not quoted', () => {
    const item = issue('二(二)3.(5)');
    expect(item.title).toBe('党费、课题研究经费管理不到位');
    expect(item.tasks[0]?.measure).toMatch(/^开展党费交叉检查,优化党费财务管理流程,/u);
    expect(item.tasks[3]?.measure).toBe(
      '市财政局印发《关于加强佛山市市级财政社会科学研究项目资金管理的通知》,对科研课题资金使用和管理进一步规范。',
    );
  });

  it('gives (三)1., whose 针对 stands on the numbered line, the tasks itself', () => {
    const problem = issue('二(三)1.');
    expect([problem.kind, problem.title, problem.responseText, problem.children]).toEqual([
      'PROBLEM',
      '对口帮扶资金存在风险',
      null,
      [],
    ]);
    expect(problem.tasks[0]?.measure).toBe(
      '设立专门整改工作领导小组及其办公室,加强对巡视整改工作的协调和领导。四次召开专题会议研究推进巡视整改有关工作,解决存在问题。',
    );
    expect(problem.tasks[6]?.measure).toBe(
      '对口帮扶指挥部把规矩挺在前面,把建立和完善规章制度作为整改落实构建长效机制的关键环节。',
    );
  });

  it('makes the unnumbered 针对 and the two 关于 under (三)3. its children ①②③', () => {
    const problem = issue('二(三)3.');
    expect([problem.title, problem.tasks]).toEqual(['工程建设领域廉政风险较高', []]);
    expect(problem.children.map((c) => [c.code, c.title])).toEqual([
      ['二(三)3.①', '招投标不规范或涉嫌围标串标'],
      ['二(三)3.②', '某地铁线部分项目重复或多计算费用'],
      ['二(三)3.③', '一些区的公益项目,因对工程的跟踪监管不到位,存在工程质量隐患'],
    ]);
    expect(problem.children[1]?.tasks).toEqual([
      {
        ordinal: '',
        measure:
          '经查,重复计算费用是由于个别地铁线建设模式调整,多计算费用主要由于缺乏行业统一的收费标准。' +
          '目前,市有关部门已与相关单位签订补充协议,明确核减重复计算、多计算的全部费用,正对有关人员开展调查。' +
          '为防止类似问题再次出现,修订完善了《佛山市城市轨道交通工程设计管理办法》' +
          '《非招标项目(小额采购)合同管理办法(试行)》等制度。',
      },
    ]);
    expect(problem.children[2]?.responseText).toBe('涉及该问题的两个公益项目已基本完成整改。');
    expect(problem.children[2]?.tasks[1]?.measure).toMatch(
      /^北江文化中心项目.*坚决查处工程建设领域腐败问题。$/u,
    );
  });

  it('reads (四)1.(1) as a header whose 关于 children hold the measures', () => {
    const header = issue('二(四)1.(1)');
    expect([header.title, header.responseText, header.tasks]).toEqual(['人才发展存在短板', null, []]);
    expect(header.children.map((c) => c.tasks.length)).toEqual([3, 3, 3]);
  });

  it('splits (四)2.’s title from its response on the same line', () => {
    const problem = issue('二(四)2.');
    expect(problem.title).toBe('一些地区和部门落实选人用人政策和程序有差距');
    expect(problem.tasks).toHaveLength(1);
    expect(problem.tasks[0]?.ordinal).toBe('');
    expect(problem.tasks[0]?.measure).toMatch(
      /^针对巡视反馈意见指出的“有的搞‘一言堂’”.*任前党章党纪党规考试制度。$/u,
    );
  });

  it('reads (五), on the petitions and clues handed over, as figures and not as an issue', () => {
    expect(issues.some((i) => i.title.includes('认真处置省委巡视组移交信访举报'))).toBe(false);
    expect(parsed.clueDisposal).toEqual({
      heading: '依规依纪依法,认真处置省委巡视组移交信访举报和问题线索',
      text: expect.stringMatching(
        /^认真做好省委第十一巡视组移交的信访举报.*其他问题线索正在进一步进行调查。$/u,
      ),
      byKind: [
        {
          kind: 'PETITION_REPORT',
          received: null,
          concluded: null,
          caseFiled: null,
          completionPercent: 87.2,
          caseFilingPercent: null,
          substantiationPercent: null,
        },
        {
          kind: 'PROBLEM_CLUE',
          received: null,
          concluded: 1,
          caseFiled: 3,
          completionPercent: null,
          caseFilingPercent: null,
          substantiationPercent: null,
        },
      ],
    });
  });
});
