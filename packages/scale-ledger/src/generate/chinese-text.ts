import type { Random } from './random.js';

// Phrases in the register of rectification ledgers, combined at random: the texts read like the real thing
// and have the byte sizes of the real thing (three bytes a character in UTF-8).

const VERBS = [
  '建立健全',
  '深入开展',
  '严格落实',
  '全面梳理',
  '加快推进',
  '认真整改',
  '进一步完善',
  '持续强化',
  '切实加强',
  '集中清理',
  '规范执行',
  '统筹推动',
];

const OBJECTS = [
  '“第一议题”学习制度',
  '党委(党组)理论学习中心组学习',
  '重大决策部署督查督办机制',
  '选人用人专项检查',
  '基层党组织标准化规范化建设',
  '中央八项规定精神落实情况',
  '政府投资项目审批监管',
  '国有资产出租出借管理',
  '土地出让金征收使用',
  '工程建设领域招投标',
  '扶贫领域专项资金使用',
  '违规公款吃喝问题专项整治',
  '干部因私出国(境)证照管理',
  '村级集体“三资”管理',
  '生态环境突出问题整改',
  '意识形态工作责任制',
  '巡视移交问题线索办理',
  '“回头看”发现问题清单',
];

const CLAUSES = [
  '形成一级带一级、层层抓落实的工作格局',
  '逐项明确责任领导、责任单位和完成时限',
  '对照问题清单逐条销号',
  '建立长效机制防止问题反弹',
  '定期向市委整改落实领导小组报告进展',
  '对整改不力的严肃追责问责',
  '截至目前已完成阶段性目标',
  '现已组织专题学习二十七次',
  '带动全市处级以上党组织开展专题学习一千一百多场次',
  '全面排查近三年来的相关项目',
  '共清理不规范合同一百四十三份',
  '收回闲置资产一批',
  '制定出台配套制度文件九项',
  '对发现的问题实行台账管理、动态更新',
  '由纪检监察机关跟踪监督',
  '确保整改工作取得实效',
  '同步开展警示教育',
  '举一反三查找制度漏洞',
];

const SUBJECTS = ['市委', '市政府', '各区', '各级党组织', '市纪委监委', '市直各部门', '各镇(街)', '国有企业'];

/** One sentence: subject, verb and object, then one to three clauses. */
function sentence(random: Random): string {
  const clauses = [`${random.pick(SUBJECTS)}${random.pick(VERBS)}${random.pick(OBJECTS)}`];
  for (let i = random.int(1, 3); i > 0; i--) clauses.push(random.pick(CLAUSES));
  return `${clauses.join(',')}。`;
}

/** Text of exactly `length` characters, ending with a full stop. */
export function chineseText(random: Random, length: number): string {
  let text = '';
  while (text.length < length) text += sentence(random);
  // A cut just after punctuation would end in ",。": "等" keeps the length and reads as Chinese.
  return `${text.slice(0, length - 1).replace(/[,。]$/, '等')}。`;
}

/** A short title, as issues are stated in the feedback: "…方面存在的问题", "…不到位". */
export function issueTitle(random: Random): string {
  const endings = ['落实不到位', '存在薄弱环节', '监管不严', '问题较为突出', '执行打折扣', '整改不彻底'];
  return `${random.pick(OBJECTS)}${random.pick(endings)}`;
}

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国志文斌波辉宇鹏飞鑫晨浩东海林春雪梅琳',
];

/** A person's name: surname and one or two characters. */
export function personName(random: Random): string {
  const given = random.pick(GIVEN) + (random.chance(0.7) ? random.pick(GIVEN) : '');
  return random.pick(SURNAMES) + given;
}

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 12 → 十二, 40 → 四十, 99 → 九十九; from 100 on, Arabic digits (ledgers rarely count that far). */
export function chineseNumeral(n: number): string {
  if (n >= 100) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
