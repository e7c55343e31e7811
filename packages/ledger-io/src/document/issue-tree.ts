import type { ProblemLead } from '@rectify/domain';
import { isClueDisposalHeading } from './clue-disposal.js';
import { splitMeasures } from './measures.js';
import { matchNumbering, NUMBERING_RANK } from './numbering.js';
import { circledNumeral } from './numerals.js';
import type { DocumentLine } from './page-furniture.js';
import { matchProblemTitle } from './problem-title.js';
import type { DraftIssue, DraftIssueKind } from './types.js';

interface OpenIssue {
  code: string;
  /** The document line the issue starts on. */
  line: number;
  title: string;
  /** 针对 or 关于 when the title is a quoted problem (针对“…”问题); null for the heading's own words. */
  titleLead: ProblemLead | null;
  /** Numbering rank: 1 for (一), 2 for 1., 3 for (1); 4 for unnumbered 针对/关于 paragraphs. */
  level: number;
  /** Depth in the tree, which decides the kind when the numbering skips a level. */
  depth: number;
  body: string[];
  progress: string[];
  children: OpenIssue[];
  /** The last number seen among the children, by numbering level, to notice gaps. */
  lastNumber: Map<number, number>;
}

const QUOTED_LEVEL = 4;
/** A progress paragraph (整改进展:…, 进展情况:…) reports on the measures above it and is not one of them. */
const PROGRESS = /^(?:整改)?进展(?:情况)?\s*[:：]\s*/u;

/** A section on the disposal of petitions and clues, taken out of the tree: its figures are not measures. */
export interface ClueSection {
  code: string;
  line: number;
  heading: string;
  text: string;
}

export interface IssueTree {
  /** Paragraphs before the first issue. */
  intro: string[];
  issues: DraftIssue[];
  /** Headed leaves about petitions and clues handed over (信访举报和问题线索), in document order. */
  clueSections: ClueSection[];
}

/**
 * Builds the issue tree from the ledger's paragraphs by their numbering: (一) areas, 1. problems, (1) items,
 * and paragraphs opening with 针对“…”问题 or 关于“…”问题 without a number, which become children ①②③ … of
 * the item (or, without an item, the problem) they follow. Other paragraphs continue the current response.
 */
export function buildIssueTree(
  paragraphs: DocumentLine[],
  codePrefix: string,
  warnings: string[],
): IssueTree {
  const root: OpenIssue = newIssue(codePrefix, 0, '', 0, 0);
  const stack: OpenIssue[] = [root];
  const top = () => stack[stack.length - 1]!;

  for (const { text: paragraph, line } of paragraphs) {
    const warn = (message: string) => warnings.push(`line ${line}: ${message}`);
    const numbering = matchNumbering(paragraph);
    if (numbering && numbering.level !== 'SECTION') {
      const level = NUMBERING_RANK[numbering.level];
      while (top().level >= level) stack.pop();
      const parent = top();
      const code = parent.code + numbering.label;
      if (parent.level < level - 1) {
        warn(`${code}: numbered directly under ${parent.code || 'the document'}, skipping a level`);
      }
      const expected = (parent.lastNumber.get(level) ?? 0) + 1;
      if (numbering.n !== expected) {
        warn(`${code}: numbered ${numbering.n} where ${expected} was expected`);
      }
      parent.lastNumber.set(level, numbering.n);
      const titled = matchProblemTitle(numbering.text, true);
      const [title, rest] = titled ? [titled.title, titled.rest] : splitHeading(numbering.text);
      if (title === '') warn(`${code}: heading without a title`);
      const child = addChild(parent, code, line, title, level, rest, warn);
      child.titleLead = titled?.lead ?? null;
      stack.push(child);
      continue;
    }
    const progress = PROGRESS.exec(paragraph);
    if (progress) {
      top().progress.push(paragraph.slice(progress[0].length));
      continue;
    }
    const titled = matchProblemTitle(paragraph, false);
    if (titled) {
      while (top().level === QUOTED_LEVEL) stack.pop();
      const parent = top();
      const code = parent.code + circledNumeral(parent.children.length + 1);
      const child = addChild(parent, code, line, titled.title, QUOTED_LEVEL, titled.rest, warn);
      child.titleLead = titled.lead;
      stack.push(child);
      continue;
    }
    top().body.push(paragraph);
  }
  const clueSections = takeClueSections(root);
  return { intro: root.body, issues: root.children.map((issue) => draftOf(issue, warnings)), clueSections };
}

/** Removes the clue disposal sections from the tree, wherever they are, and returns them in order. */
function takeClueSections(issue: OpenIssue): ClueSection[] {
  const taken: ClueSection[] = [];
  issue.children = issue.children.filter((child) => {
    if (child.children.length > 0 || child.titleLead !== null || !isClueDisposalHeading(child.title)) {
      taken.push(...takeClueSections(child));
      return true;
    }
    const text = [...child.body, ...child.progress].join('\n');
    taken.push({ code: child.code, line: child.line, heading: child.title, text });
    return false;
  });
  return taken;
}

function newIssue(code: string, line: number, title: string, level: number, depth: number): OpenIssue {
  const issue = { code, line, title, titleLead: null, level, depth };
  return { ...issue, body: [], progress: [], children: [], lastNumber: new Map() };
}

function addChild(
  parent: OpenIssue,
  code: string,
  line: number,
  title: string,
  level: number,
  response: string,
  warn: (message: string) => void,
): OpenIssue {
  if (parent.children.some((sibling) => sibling.code === code)) warn(`${code}: code used twice`);
  const child = newIssue(code, line, title, level, parent.depth + 1);
  if (response !== '') child.body.push(response);
  parent.children.push(child);
  return child;
}

/** A heading with its response on the same line: the title is the first sentence. */
function splitHeading(text: string): [string, string] {
  const stop = text.indexOf('。');
  if (stop < 0) return [text, ''];
  return [text.slice(0, stop).trim(), text.slice(stop + 1).trim()];
}

function kindAt(depth: number): DraftIssueKind {
  return depth === 1 ? 'AREA' : depth === 2 ? 'PROBLEM' : 'MANIFESTATION';
}

function draftOf(issue: OpenIssue, warnings: string[]): DraftIssue {
  const children = issue.children.map((child) => draftOf(child, warnings));
  const response = issue.body.join('\n');
  const draft: DraftIssue = {
    code: issue.code,
    kind: kindAt(issue.depth),
    title: issue.title,
    titleLead: issue.titleLead,
    responseText: null,
    progress: issue.progress.length > 0 ? issue.progress.join('\n') : null,
    children,
    tasks: [],
  };
  const { preamble, tasks } = splitMeasures(response);
  if (tasks.length > 0) {
    draft.tasks = tasks;
    draft.responseText = preamble === '' ? null : preamble;
  } else if (children.length > 0) {
    // Without measures of its own, a parent's text introduces its children.
    draft.responseText = response === '' ? null : response;
  } else if (response !== '') {
    draft.tasks = [{ ordinal: '', measure: response }];
  } else {
    warnings.push(`line ${issue.line}: ${issue.code}: no response`);
  }
  return draft;
}
