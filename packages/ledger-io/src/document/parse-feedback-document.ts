import type { StatedClueFigures } from '@rectify/domain';
import { isClueDisposalHeading, statedClueFigures } from './clue-disposal.js';
import { buildIssueTree, type ClueSection } from './issue-tree.js';
import { matchNumbering } from './numbering.js';
import { type DocumentLine, documentLines } from './page-furniture.js';
import { matchProblemTitle } from './problem-title.js';
import type { DocumentSection, DraftIssue, ParsedDocument } from './types.js';

interface RawSection {
  ordinal: string;
  n: number;
  heading: string;
  paragraphs: DocumentLine[];
}

/**
 * Reads a feedback or progress document (plain text, one paragraph a line) into a draft issue tree with its
 * tasks. A document in sections (一、 二、 …) yields the issues of the first section that numbers problems
 * (1. or (1), or 针对“…”问题); a document without sections is read whole as the feedback list. Nothing in
 * it is fatal: what a reviewer should check is listed in `warnings`.
 */
export function parseFeedbackDocument(text: string): ParsedDocument {
  const warnings: string[] = [];
  const paragraphs = documentLines(text);
  const { title, body } = splitTitle(paragraphs);

  const firstSection = body.findIndex((p) => matchNumbering(p.text)?.level === 'SECTION');
  if (firstSection < 0) {
    const { intro, issues, clueSections } = buildIssueTree(body, '', warnings);
    const clueDisposal = clueFigures(clueSections, warnings);
    return { title, preface: intro, sections: [], issues, clueDisposal, warnings };
  }

  const raw = splitSections(body.slice(firstSection), warnings);
  const ledgers = raw.filter((section) => section.paragraphs.some((p) => numbersProblems(p.text)));
  const ledger = ledgers[0];
  if (ledger === undefined) warnings.push('no section numbers any problems: no issues read');
  if (ledgers.length > 1) {
    const others = ledgers
      .slice(1)
      .map((s) => s.ordinal)
      .join('、');
    warnings.push(
      `sections ${others} also number problems: issues read from section ${ledger?.ordinal} only`,
    );
  }
  let issues: DraftIssue[] = [];
  const clueSections: ClueSection[] = [];
  const sections: DocumentSection[] = raw.map((section) => {
    if (section !== ledger) {
      const { ordinal, heading, paragraphs } = section;
      if (isClueDisposalHeading(heading)) {
        const text = paragraphs.map((p) => p.text).join('\n');
        clueSections.push({ code: ordinal, line: paragraphs[0]?.line ?? 0, heading, text });
      }
      return { ordinal, heading, paragraphs: paragraphs.map((p) => p.text), isLedger: false };
    }
    const tree = buildIssueTree(section.paragraphs, section.ordinal, warnings);
    issues = tree.issues;
    clueSections.push(...tree.clueSections);
    return { ordinal: section.ordinal, heading: section.heading, paragraphs: tree.intro, isLedger: true };
  });
  const preface = body.slice(0, firstSection).map((p) => p.text);
  const clueDisposal = clueFigures(clueSections, warnings);
  return { title, preface, sections, issues, clueDisposal, warnings };
}

/** The figures of the first clue disposal section; a second one is named in a warning, not merged. */
function clueFigures(sections: ClueSection[], warnings: string[]): StatedClueFigures | null {
  const [first, ...others] = sections;
  for (const other of others) {
    warnings.push(`line ${other.line}: ${other.code}: a second section on petitions and clues, not read`);
  }
  return first === undefined ? null : statedClueFigures(first.heading, first.text);
}

// What a 通报's title line says it is: …关于…的通报, …整改进展情况, …的报告.
const NAMES_A_DOCUMENT = /(通报|报告|情况|意见|公告|通知|决定|方案|清单|台账)$/u;

/**
 * The title is the document's own title line, among the short lines above the body that a web page may
 * add (breadcrumb, site and column names, dates, share links): the first that reads …关于…的通报, else the
 * first that ends like a document's name, else the first short line. Lines above the title are dropped.
 */
function splitTitle(paragraphs: DocumentLine[]): { title: string | null; body: DocumentLine[] } {
  const headEnd = paragraphs.findIndex((p) => !isTitle(p.text));
  const head = paragraphs.slice(0, headEnd < 0 ? paragraphs.length : headEnd);
  const names = head.filter((p) => NAMES_A_DOCUMENT.test(p.text));
  const line = names.find((p) => p.text.includes('关于')) ?? names[0] ?? head[0];
  if (line === undefined) return { title: null, body: paragraphs };
  return { title: line.text, body: paragraphs.slice(paragraphs.indexOf(line) + 1) };
}

/** A title is a short line that is neither numbered nor a sentence. */
function isTitle(paragraph: string): boolean {
  return paragraph.length <= 80 && !/[。;；]/u.test(paragraph) && matchNumbering(paragraph) === null;
}

function splitSections(paragraphs: DocumentLine[], warnings: string[]): RawSection[] {
  const sections: RawSection[] = [];
  for (const paragraph of paragraphs) {
    const numbering = matchNumbering(paragraph.text);
    if (numbering?.level === 'SECTION') {
      const expected = (sections[sections.length - 1]?.n ?? 0) + 1;
      if (numbering.n !== expected) {
        warnings.push(
          `line ${paragraph.line}: section ${numbering.label}: numbered ${numbering.n} where ${expected} was expected`,
        );
      }
      sections.push({ ordinal: numbering.label, n: numbering.n, heading: numbering.text, paragraphs: [] });
    } else {
      sections[sections.length - 1]?.paragraphs.push(paragraph);
    }
  }
  return sections;
}

function numbersProblems(paragraph: string): boolean {
  const level = matchNumbering(paragraph)?.level;
  return level === 'PROBLEM' || level === 'ITEM' || matchProblemTitle(paragraph, false) !== null;
}
