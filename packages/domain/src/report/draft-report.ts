import { ClueKind } from '../enums/clue.js';
import { InspectionKind, ProblemLead } from '../enums/ledger.js';
import { clueFigures } from '../figures/clue-figures.js';
import { formatPercent, rate } from '../figures/rate.js';
import { chineseDate } from '../text/chinese-date.js';
import { chineseNumeral } from '../text/chinese-numeral.js';
import { fullWidthPunctuation } from '../text/zh-punctuation.js';
import { feedbackFigures, isUnnumberedItem } from './feedback-problems.js';
import type { ReportParagraph, ReportParagraphKind } from './report-draft.js';
import type { ReportSource, ReportSourceIssue } from './report-source.js';

export interface DraftOptions {
  /** Make the source text's ASCII , : ; ( ) full-width too (generated text always is). */
  normalisePunctuation: boolean;
}

/** 中共佛山市委关于巡视整改进展情况的通报 (巡察 for a 巡察), the seed's title line. */
export function draftTitle(inspection: ReportSource['inspection']): string {
  return `${inspection.inspectedOrganisation}关于${InspectionKind.label(inspection.kind)}整改进展情况的通报`;
}

/**
 * A new 通报 draft in the real report's structure (DESIGN.md, "The 通报's anatomy"): title and 截至 line, the
 * opening, 一、 with narrative and live figures, 二、 problem by problem under its own 针对/关于 wording with a
 * 整改情况 paragraph drafted from its measures and latest progress, the clue section's live figures, 三、,
 * the contact lines, signature and date. Narrative paragraphs are a starting point the office rewrites.
 */
export function draftReport(source: ReportSource, options: DraftOptions): ReportParagraph[] {
  const { inspection } = source;
  const src = (text: string) => (options.normalisePunctuation ? fullWidthPunctuation(text) : text);
  const word = InspectionKind.label(inspection.kind);
  const org = inspection.inspectedOrganisation;
  const body = inspection.inspectingBody;
  const out: ReportParagraph[] = [];
  const add = (key: string, kind: ReportParagraphKind, text: string) => out.push({ key, kind, text });

  add('title', 'TITLE', draftTitle(inspection));
  add('as-of', 'AS_OF', `（截至${chineseDate(source.asOf)}）`);
  add('opening', 'OPENING', openingOf(source));
  add('s1', 'SECTION', '一、整改工作总体情况');
  add(
    's1-text',
    'TEXT',
    `${org}高度重视${word}整改工作，把${word}整改作为重大政治任务，成立整改落实工作领导小组，建立问题清单、责任清单、任务清单和整改台账，明确每项整改任务的整改措施、完成时限、责任领导和责任单位，逐项推进整改落实。`,
  );
  add('s1-figures', 'FIGURES', liveText('FIGURES', source));
  add('s2', 'SECTION', `二、${word}反馈问题整改进展情况`);
  add('s2-text', 'TEXT', `${org}紧扣${body}反馈的问题，即知即改、立行立改，逐条逐项抓好整改落实。`);
  source.issues.forEach((issue, i) => {
    addIssue(out, issue, 1, i + 1, src);
  });
  add(
    'clues',
    'AREA',
    `（${chineseNumeral(source.issues.length + 1)}）认真处置${body}移交信访举报和问题线索`,
  );
  add(
    'clues-text',
    'TEXT',
    `认真做好${body}移交的信访举报和问题线索核查处置工作，逐一分解，归口处置，优先办理。`,
  );
  add('clues-figures', 'CLUE_FIGURES', liveText('CLUE_FIGURES', source));
  add('s3', 'SECTION', '三、下一步工作');
  add(
    's3-text',
    'TEXT',
    `下一步，${org}将坚持目标不变、标准不降、力度不减，对已经完成的整改任务适时开展“回头看”，巩固整改成果，防止反弹回潮；对尚未完成的整改任务，按照时间节点推进，确保整改全面到位。`,
  );
  add(
    'contact',
    'CONTACT',
    `欢迎广大干部群众对${word}整改落实情况进行监督。如有意见建议，请及时向我们反映。`,
  );
  add('contact-phone', 'CONTACT', '联系电话：');
  add('contact-post', 'CONTACT', `邮政信箱：（信封上注明“对${org}关于${word}整改落实情况的意见建议”）`);
  add('contact-postcode', 'CONTACT', '邮政编码：');
  add('contact-email', 'CONTACT', '电子邮箱：');
  add('signature', 'SIGNATURE', org);
  add('date', 'DATE', chineseDate(source.asOf));
  return out;
}

/** 根据统一部署，2018年3月8日至5月11日，…对…进行了巡视。2018年7月24日，…反馈了巡视意见。… */
function openingOf({ inspection, asOf }: ReportSource): string {
  const word = InspectionKind.label(inspection.kind);
  const { inspectingBody: body, inspectedOrganisation: org } = inspection;
  const period =
    inspection.onSiteFrom && inspection.onSiteTo
      ? `${chineseDate(inspection.onSiteFrom)}至${chineseDate(inspection.onSiteTo)}，`
      : '';
  const feedback = inspection.feedbackDate ? `${chineseDate(inspection.feedbackDate)}，` : '';
  return `根据统一部署，${period}${body}对${org}进行了${word}。${feedback}${body}向${org}反馈了${word}意见。根据《中国共产党巡视工作条例》有关规定，现将截至${chineseDate(asOf)}的${word}整改进展情况予以公布。`;
}

function addIssue(
  out: ReportParagraph[],
  issue: ReportSourceIssue,
  depth: number,
  n: number,
  src: (text: string) => string,
): void {
  const key = `issue-${issue.id}`;
  const title = src(issue.title);
  // A quoted problem keeps the word the source opened it with; a heading is printed in its own words.
  const quoted = (lead: ProblemLead) => `${ProblemLead.label(lead)}“${title}”问题。`;
  const heading = issue.titleLead == null ? title : quoted(issue.titleLead);
  if (isUnnumberedItem(issue.code))
    out.push({ key, kind: 'ITEM', text: quoted(issue.titleLead ?? 'ZHENDUI') });
  else if (depth === 1) out.push({ key, kind: 'AREA', text: `（${chineseNumeral(n)}）${heading}` });
  else if (depth === 2) out.push({ key, kind: 'PROBLEM', text: `${n}.${heading}` });
  else out.push({ key, kind: 'ITEM', text: `（${n}）${heading}` });
  const response = src((issue.responseText ?? '').replace(/\s*\n\s*/gu, '').trim());
  if (response !== '') out.push({ key: `${key}-response`, kind: 'TEXT', text: response });
  if (issue.tasks.length > 0) {
    const enumerate = issue.tasks.length > 1 || response !== '';
    const text = issue.tasks
      .map((task, k) => {
        const ordinal = enumerate ? `${chineseNumeral(k + 1)}是` : '';
        const measure = sentence(src(task.measure));
        const progress = sentence(src(task.progress ?? ''));
        // What the unit last reported, unless the measure already says it (units often quote their measure).
        const news = progress === '' || measure.includes(progress.slice(0, -1)) ? '' : progress;
        return `${ordinal}${measure}${news}`;
      })
      .join('');
    out.push({ key: `${key}-rectification`, kind: 'RECTIFICATION', text });
  }
  let number = 0;
  for (const child of issue.children) {
    if (!isUnnumberedItem(child.code)) number += 1;
    addIssue(out, child, depth + 1, number, src);
  }
}

/** A clause as a sentence: one line, ending in 。 (a trailing ；or , becomes 。). */
function sentence(text: string): string {
  const line = text.replace(/\s*\n\s*/gu, '').trim();
  if (line === '') return '';
  if (/[。！？]$/u.test(line)) return line;
  return `${line.replace(/[；;，,、：:]+$/u, '')}。`;
}

/** The text of a live paragraph: computed from the source whenever the draft is read, until it is frozen. */
export function liveText(kind: 'FIGURES' | 'CLUE_FIGURES', source: ReportSource): string {
  const word = InspectionKind.label(source.inspection.kind);
  const day = chineseDate(source.asOf);
  if (kind === 'FIGURES') {
    const { problems: p, tasks: t } = feedbackFigures(source.issues, source.asOf);
    const doneOrOngoing = formatPercent(rate(p.rectified + p.ongoing, p.total), 2);
    return `截至${day}，${word}反馈的${p.total}个问题中，已整改完成${p.rectified}个，基本完成、长期坚持${p.ongoing}个，正在推进${p.notDone}个，整改完成率${doneOrOngoing}；细化的${t.total}项整改措施中，已完成${t.closed}项，长期坚持${t.ongoing}项。`;
  }
  const body = source.inspection.inspectingBody;
  const parts = ClueKind.values.flatMap((kind) => {
    const f = clueFigures(source.clues.filter((c) => c.kind === kind));
    if (f.received === 0) return [];
    const unit = kind === 'PETITION_REPORT' ? '件' : '条';
    const underWay = f.received - f.concluded - f.caseFiled;
    const filed = f.caseFiled > 0 ? `，立案${f.caseFiled}${unit}` : '';
    const rest = underWay > 0 ? `，其余${underWay}${unit}正在进一步办理` : '';
    return [
      `移交${ClueKind.label(kind)}${f.received}${unit}，已办结${f.concluded}${unit}${filed}，办结率${formatPercent(f.completionRate)}${rest}`,
    ];
  });
  if (parts.length === 0) return `截至${day}，${body}未移交信访举报和问题线索。`;
  return `截至${day}，${body}${parts.join('；')}。`;
}
