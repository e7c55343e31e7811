import { DOMParser } from '@xmldom/xmldom';
import { Document, type ILevelsOptions, LevelFormat, LevelSuffix, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { matchNumbering } from '../numbering.js';
import { parseFeedbackDocument } from '../parse-feedback-document.js';
import { readLedgerDocument } from '../read-document.js';
import { readSeedDocument } from '../testing/seed-path.js';
import type { DraftIssue } from '../types.js';
import { W } from './ooxml.js';
import { readDocxText } from './read-docx.js';
import { WordNumbering } from './word-numbering.js';

// The numbering of a 通报's headings as offices set it up in Word: 一、 （一） 1. （1）.
const HEADINGS: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.NOTHING },
  { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', suffix: LevelSuffix.TAB },
];
const LEVEL = { SECTION: 0, AREA: 1, PROBLEM: 2, ITEM: 3 } as const;

async function docx(paragraphs: Paragraph[], levels: ILevelsOptions[] = HEADINGS): Promise<Uint8Array> {
  const doc = new Document({
    numbering: { config: [{ reference: 'headings', levels }] },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A line whose number Word would show: the text without it, numbered automatically at its level. */
function autoNumbered(line: string): Paragraph {
  const numbering = matchNumbering(line.trim());
  if (numbering === null) return new Paragraph(line);
  return new Paragraph({
    text: numbering.text,
    numbering: { reference: 'headings', level: LEVEL[numbering.level] },
  });
}

const outline = (issues: DraftIssue[]): unknown[] =>
  issues.map((i) => [i.code, i.kind, i.title, i.responseText, i.tasks, outline(i.children)]);

describe('readDocxText', () => {
  it('shows the numbers Word shows, restarting each level under the one above', async () => {
    const bytes = await docx(
      [
        ['SECTION', '总体情况'],
        ['SECTION', '问题整改情况'],
        ['AREA', '党的领导方面'],
        ['PROBLEM', '学习不深入'],
        ['ITEM', '针对“学习流于形式”问题。'],
        ['ITEM', '针对“调研不够”问题。'],
        ['PROBLEM', '基层薄弱'],
        ['ITEM', '针对“换届滞后”问题。'],
        ['AREA', '从严治党方面'],
        ['PROBLEM', '问责偏软'],
      ].map(
        ([level, text]) =>
          new Paragraph({ text, numbering: { reference: 'headings', level: LEVEL[level as 'AREA'] } }),
      ),
    );
    expect(readDocxText(bytes).split('\n')).toEqual([
      '一、总体情况',
      '二、问题整改情况',
      '（一）党的领导方面',
      '1.学习不深入',
      '（1）\t针对“学习流于形式”问题。',
      '（2）\t针对“调研不够”问题。',
      '2.基层薄弱',
      '（1）\t针对“换届滞后”问题。',
      '（二）从严治党方面',
      '1.问责偏软',
    ]);
  });

  it('counts in Chinese beyond ten, from a level’s start value, and legal style as decimals', async () => {
    const levels: ILevelsOptions[] = [
      { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 9, suffix: LevelSuffix.NOTHING },
      {
        level: 1,
        format: LevelFormat.DECIMAL,
        text: '%1.%2',
        isLegalNumberingStyle: true,
        suffix: LevelSuffix.SPACE,
      },
    ];
    const paragraph = (text: string, level: number) =>
      new Paragraph({ text, numbering: { reference: 'headings', level } });
    const bytes = await docx(
      [paragraph('甲', 0), paragraph('乙', 0), paragraph('丙', 1), paragraph('丁', 0)],
      levels,
    );
    expect(readDocxText(bytes).split('\n')).toEqual(['九、甲', '十、乙', '10.1 丙', '十一、丁']);
  });

  it('restarts a list for a new instance of the same definition, as Word does with a start override', async () => {
    const item = (text: string, instance: number) =>
      new Paragraph({ text, numbering: { reference: 'headings', level: 3, instance } });
    const bytes = await docx([item('甲', 1), item('乙', 1), item('丙', 2)]);
    expect(readDocxText(bytes).split('\n')).toEqual(['（1）\t甲', '（2）\t乙', '（1）\t丙']);
  });
});

describe('a DOCX whose headings use automatic numbering', () => {
  it('reads like the same document typed with its numbers: the seed gives the same tree', async () => {
    const text = readSeedDocument();
    const bytes = await docx(text.split('\n').map(autoNumbered));
    const fromDocx = await readLedgerDocument('通报.docx', bytes);
    const fromText = parseFeedbackDocument(text);
    expect(fromDocx.title).toBe(fromText.title);
    expect(outline(fromDocx.issues)).toEqual(outline(fromText.issues));
    expect(
      fromDocx.issues.flatMap(function tasks(i): unknown[] {
        return [...i.tasks, ...i.children.flatMap(tasks)];
      }),
    ).toHaveLength(183);
    expect(fromDocx.warnings).toEqual([]);
  });
});

describe('WordNumbering', () => {
  const numbering = (abstract: string) =>
    new WordNumbering(
      new DOMParser().parseFromString(
        `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="7">${abstract}</w:abstractNum>` +
          '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>',
        'application/xml',
      ).documentElement,
    );
  const level = (ilvl: number, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>` +
    `<w:lvlText w:val="%${ilvl + 1}."/><w:suff w:val="nothing"/>${extra}</w:lvl>`;

  it('keeps counting a level whose w:lvlRestart is 0, and restarts one after the level it names', () => {
    const list = numbering(
      level(0) + level(1, '<w:lvlRestart w:val="0"/>') + level(2, '<w:lvlRestart w:val="1"/>'),
    );
    const shown = [0, 1, 2, 1, 2, 0, 1, 2].map((ilvl) => list.next({ numId: '1', ilvl }));
    expect(shown).toEqual(['1.', '1.', '1.', '2.', '2.', '2.', '3.', '1.']);
  });

  it('shows nothing for bullets and for a numbering it does not know', () => {
    const list = numbering('<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>');
    expect(list.next({ numId: '1', ilvl: 0 })).toBe('');
    expect(list.next({ numId: '9', ilvl: 0 })).toBe('');
  });
});
