import type { ClueKind, StatedClueFigures, StatedDisposalFigures } from '@rectify/domain';
import { asciiDigits } from './numerals.js';

// A heading about handling what the inspection team handed over: 认真处置…移交信访举报和问题线索,
// 信访举报和问题线索办理情况 … A 针对“…信访举报较多…”问题 is a problem, not such a heading.
const CASES = /信访举报|问题线索|信访件|举报件/u;
const HANDLING = /处置|办理|办结|核查|查处|处理/u;

/** Whether a section or issue heading introduces the clue and petition disposal figures. */
export function isClueDisposalHeading(heading: string): boolean {
  return CASES.test(heading) && HANDLING.test(heading) && !/^(针对|关于)/u.test(heading);
}

type Figure = Exclude<keyof StatedDisposalFigures, 'kind'>;

const NUMBER = '([0-9０-９]+(?:[.．][0-9０-９]+)?)';
const PERCENT = `\\s*(?:为|达|达到|是)?\\s*${NUMBER}\\s*[%％]`;
const COUNT = `\\s*${NUMBER}\\s*(件|条|宗|封|个)`;
// Between a receiving verb and its count: no other figure's word (已办结1条 is not received).
const GAP = '[^,，;；。0-9０-９结立查率]{0,14}?';
const FIGURES: { figure: Figure; re: string }[] = [
  { figure: 'completionPercent', re: `办结率${PERCENT}` },
  { figure: 'caseFilingPercent', re: `成案率${PERCENT}` },
  { figure: 'substantiationPercent', re: `查实率${PERCENT}` },
  { figure: 'concluded', re: `办结(?:了)?${COUNT}` },
  { figure: 'caseFiled', re: `立案(?:审查调查|审查|调查)?${COUNT}` },
  { figure: 'received', re: `(?:受理|接收|收到|移交|转交|交办|转办)${GAP}${COUNT}` },
];
const KINDS: { kind: ClueKind; re: RegExp }[] = [
  { kind: 'PETITION_REPORT', re: /信访举报|信访件|举报件|信访/gu },
  { kind: 'PROBLEM_CLUE', re: /问题线索|线索/gu },
];

/**
 * The figures a clue disposal section states, each for the kind of case last named before its number
 * (…移交信访举报件办结率87.2%;…问题线索已办结1条,立案3条 gives petitions a completion rate and clues two
 * counts). A count with no kind named before it goes by its unit: 条 for clues, otherwise petitions.
 */
export function statedClueFigures(heading: string, text: string): StatedClueFigures {
  const mentions = KINDS.flatMap(({ kind, re }) =>
    [...text.matchAll(re)].map((m) => ({ kind, at: m.index })),
  );
  const found = new Map<ClueKind, StatedDisposalFigures>();
  for (const { figure, re } of FIGURES) {
    for (const m of text.matchAll(new RegExp(re, 'gu'))) {
      // Named before the number, the verb's object included: 移交问题线索25条.
      const end = m.index + m[0].length;
      const before = mentions.filter((k) => k.at < end).sort((a, b) => b.at - a.at)[0];
      const kind = before?.kind ?? (m[2] === '条' ? 'PROBLEM_CLUE' : 'PETITION_REPORT');
      const figures = found.get(kind) ?? emptyFigures(kind);
      figures[figure] ??= Number(asciiDigits(m[1] ?? '').replace('．', '.'));
      found.set(kind, figures);
    }
  }
  const byKind = (['PETITION_REPORT', 'PROBLEM_CLUE'] as const).flatMap((kind) => found.get(kind) ?? []);
  return { heading, text, byKind };
}

function emptyFigures(kind: ClueKind): StatedDisposalFigures {
  return {
    kind,
    received: null,
    concluded: null,
    caseFiled: null,
    completionPercent: null,
    caseFilingPercent: null,
    substantiationPercent: null,
  };
}
