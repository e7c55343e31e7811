import { formatPercent, InspectionKind, TaskStatus } from '@rectify/domain';
import { chineseNumeral } from '../document/numerals.js';
import type { ReportIssue, ReportModel, ReportTask } from './report-model.js';

/**
 * The report as a sequence of paragraphs, each with its role, which every format renders its own way. The
 * numbering is the seed's (一、 （一） 1. （1） and unnumbered 针对“…”问题 below that), from the ledger's order,
 * so that reading the report back (parseFeedbackDocument) gives the same tree.
 */
export type BlockKind =
  | 'TITLE'
  | 'SUBTITLE'
  | 'SECTION'
  | 'AREA'
  | 'PROBLEM'
  | 'ITEM'
  | 'TEXT'
  | 'PROGRESS'
  | 'SIGNATURE';

export interface ReportBlock {
  kind: BlockKind;
  text: string;
}

/** The ledger's issues are in section 二, so that codes read back match the seed's (二(一)1.(3)). */
const LEDGER_SECTION = '二';

const CIRCLED_END = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]$/u;

type Inspecting = Pick<ReportModel, 'inspectionKind' | 'inspectingBody' | 'inspectedOrganisation'>;

/** 中共佛山市委关于省委第十一巡视组巡视反馈意见整改进展情况的通报 (or 巡察, for a 巡察). */
export function reportTitle(inspection: Inspecting): string {
  return `${inspection.inspectedOrganisation}关于${feedbackOf(inspection)}整改进展情况的通报`;
}

/** 省委第十一巡视组巡视反馈意见: whose feedback, in the inspection's word. */
function feedbackOf({ inspectionKind, inspectingBody }: Inspecting): string {
  return `${inspectingBody}${InspectionKind.label(inspectionKind)}反馈意见`;
}

export function layoutReport(model: ReportModel): ReportBlock[] {
  const { issues, tasks } = model.figures;
  const day = chineseDate(model.asOf);
  const word = InspectionKind.label(model.inspectionKind);
  const blocks: ReportBlock[] = [
    { kind: 'TITLE', text: model.title },
    { kind: 'SUBTITLE', text: `（截至${day}）` },
    {
      kind: 'TEXT',
      text: `${model.inspectedOrganisation}对照${feedbackOf(model)}，逐项建立整改台账，明确责任领导、责任单位和整改时限，扎实推进整改落实。现将截至${day}的整改进展情况通报如下。`,
    },
    { kind: 'SECTION', text: '一、整改工作总体情况' },
    {
      kind: 'TEXT',
      text: `${word}反馈问题共${issues.total}个，已整改完成${issues.rectified}个，基本完成、长期坚持${issues.ongoing}个，尚未完成${issues.notDone}个，整改完成率${formatPercent(issues.rectificationRate, 2)}。`,
    },
    {
      kind: 'TEXT',
      text: `细化整改任务共${tasks.total}项，已销号${tasks.closed}项，基本完成、长期坚持${tasks.ongoing}项，逾期未完成${tasks.overdue}项，销号率${formatPercent(tasks.closureRate, 2)}。`,
    },
    { kind: 'SECTION', text: `${LEDGER_SECTION}、反馈问题整改进展情况` },
  ];
  model.issues.forEach((issue, i) => {
    layoutIssue(blocks, issue, 1, i + 1);
  });
  return blocks;
}

function layoutIssue(blocks: ReportBlock[], issue: ReportIssue, depth: number, n: number): void {
  if (depth >= 3 && CIRCLED_END.test(issue.code))
    blocks.push({ kind: 'ITEM', text: `针对“${issue.title}”问题。` });
  else if (depth === 1) blocks.push({ kind: 'AREA', text: `（${chineseNumeral(n)}）${issue.title}` });
  else if (depth === 2) blocks.push({ kind: 'PROBLEM', text: `${n}.${issue.title}` });
  else if (depth === 3) blocks.push({ kind: 'ITEM', text: `（${n}）针对“${issue.title}”问题。` });
  else blocks.push({ kind: 'ITEM', text: `针对“${issue.title}”问题。` });
  for (const line of (issue.responseText ?? '').split('\n')) {
    if (line.trim() !== '') blocks.push({ kind: 'TEXT', text: line.trim() });
  }
  const enumerate = issue.tasks.length > 1 || (issue.responseText ?? '').trim() !== '';
  issue.tasks.forEach((task, k) => {
    blocks.push({ kind: 'TEXT', text: `${enumerate ? `${chineseNumeral(k + 1)}是` : ''}${task.measure}` });
  });
  if (issue.tasks.length > 0) {
    const parts = issue.tasks.map((task, k) =>
      progressOf(task, enumerate ? `${chineseNumeral(k + 1)}是` : ''),
    );
    blocks.push({ kind: 'PROGRESS', text: `整改进展：${parts.join('；')}` });
  }
  issue.children.forEach((child, i) => {
    layoutIssue(blocks, child, depth + 1, i + 1);
  });
}

/** 一是已销号（100%）：已出台…； — the status, the latest percent and what was last reported. */
function progressOf(task: ReportTask, ordinal: string): string {
  const percent = task.percent == null ? '' : `（${task.percent}%）`;
  const said = (task.progress ?? '')
    .replace(/\s*\n\s*/gu, '')
    .trim()
    .replace(/[。；;]$/u, '');
  const text = said === '' ? '' : `：${said}`;
  return `${ordinal}${TaskStatus.label(task.status)}${percent}${text}`;
}

/** 2018-11-26 → 2018年11月26日 */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
