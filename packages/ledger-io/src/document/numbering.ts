import { asciiDigits, parseChineseNumeral } from './numerals.js';

/** The numbering levels of a progress or feedback document, outermost first. */
export type NumberingLevel = 'SECTION' | 'AREA' | 'PROBLEM' | 'ITEM';

/** How deep each level nests: a numbered paragraph closes every open issue of its rank or deeper. */
export const NUMBERING_RANK: Record<NumberingLevel, number> = { SECTION: 0, AREA: 1, PROBLEM: 2, ITEM: 3 };

export interface Numbering {
  level: NumberingLevel;
  n: number;
  /** The number as it goes into a code, ASCII only: '二', '(一)', '1.', '(1)'. */
  label: string;
  /** The rest of the line. */
  text: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIGIT = '[0-9０-９]{1,2}';
const OPEN = '[(（]';
const CLOSE = '[)）]';

// A digit after the dot means a decimal (1.5亿元 …), not a number.
const PATTERNS: { level: NumberingLevel; re: RegExp }[] = [
  { level: 'SECTION', re: new RegExp(`^(${CN})\\s*[、.．]\\s*(.*)$`, 'su') },
  { level: 'AREA', re: new RegExp(`^${OPEN}\\s*(${CN})\\s*${CLOSE}\\s*(.*)$`, 'su') },
  { level: 'PROBLEM', re: new RegExp(`^(${DIGIT})\\s*[.．、](?![0-9０-９])\\s*(.*)$`, 'su') },
  { level: 'ITEM', re: new RegExp(`^${OPEN}\\s*(${DIGIT})\\s*${CLOSE}\\s*(.*)$`, 'su') },
];

/** The numbering a paragraph starts with (一、 (一) 1. (1), full-width or ASCII), or null. */
export function matchNumbering(paragraph: string): Numbering | null {
  for (const { level, re } of PATTERNS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const raw = m[1] ?? '';
    const n = level === 'SECTION' || level === 'AREA' ? parseChineseNumeral(raw) : Number(asciiDigits(raw));
    if (n === null || n === 0) continue;
    return { level, n, label: labelOf(level, raw), text: (m[2] ?? '').trim() };
  }
  return null;
}

function labelOf(level: NumberingLevel, raw: string): string {
  const n = asciiDigits(raw);
  switch (level) {
    case 'SECTION':
      return n;
    case 'AREA':
      return `(${n})`;
    case 'PROBLEM':
      return `${Number(n)}.`;
    case 'ITEM':
      return `(${Number(n)})`;
  }
}
