import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readLedgerDocument, UnreadableDocumentError, withoutMarkdown } from './read-document.js';
import type { DraftIssue } from './types.js';

// A progress document as offices circulate it: running header and page numbers, full-width and ASCII
// punctuation mixed, stray spaces, a 1. straight under 一、's (一) skipped, progress after the measures.
const CLUTTERED = [
  '关于巡视整改进展情况的报告',
  '',
  '  根据巡视组反馈意见，现将整改进展报告如下。',
  '一、 巡视反馈问题整改情况',
  '（一） 党的领导弱化方面',
  '1 . 理论学习不深入',
  '(1)针对"中心组学习流于形式"问题.一是制定学习计划;二是建立考勤制度。',
  '整改进展：一是已印发计划；二是已执行三个月。',
  '- 2 -',
  '关于巡视整改进展情况的报告',
  '（２）针对“ 调研不够 ”问题，一是开展专题调研。二是形成调研报告。',
  '2．基层组织建设薄弱',
  '加强支部建设，完成换届选举。',
  '第 3 页 共 5 页',
  '（二）全面从严治党方面',
  '1.监督执纪不严',
  '(1) 针对“问责偏软”问题。一是严格问责。',
].join('\n');

const outline = (issues: DraftIssue[]): unknown[] =>
  issues.map((i) => [i.code, i.kind, i.title, i.tasks.map((t) => t.measure), outline(i.children)]);

describe('readLedgerDocument on a cluttered progress document', () => {
  it('reads the tree through the clutter', async () => {
    const utf8 = await readLedgerDocument('进展.txt', new TextEncoder().encode(CLUTTERED));
    expect(utf8.title).toBe('关于巡视整改进展情况的报告');
    expect(outline(utf8.issues)).toEqual([
      [
        '一(一)',
        'AREA',
        '党的领导弱化方面',
        [],
        [
          [
            '一(一)1.',
            'PROBLEM',
            '理论学习不深入',
            [],
            [
              ['一(一)1.(1)', 'MANIFESTATION', '中心组学习流于形式', ['制定学习计划;', '建立考勤制度。'], []],
              ['一(一)1.(2)', 'MANIFESTATION', '调研不够', ['开展专题调研。', '形成调研报告。'], []],
            ],
          ],
          ['一(一)2.', 'PROBLEM', '基层组织建设薄弱', ['加强支部建设，完成换届选举。'], []],
        ],
      ],
      [
        '一(二)',
        'AREA',
        '全面从严治党方面',
        [],
        [
          [
            '一(二)1.',
            'PROBLEM',
            '监督执纪不严',
            [],
            [['一(二)1.(1)', 'MANIFESTATION', '问责偏软', ['严格问责。'], []]],
          ],
        ],
      ],
    ]);
    const item = utf8.issues[0]!.children[0]!.children[0]!;
    expect(item.progress).toBe('一是已印发计划；二是已执行三个月。');
    expect(utf8.warnings).toEqual([]);
  });

  it('reads a text file saved as GB18030 (GBK), as Chinese Windows editors do', async () => {
    const gbk = Buffer.from(
      'cda8b1a80a28d2bb29b7bdc3e60a312ececacce2bcd70a283129d5ebb6d4a1b0b1edcfd6bcd7a1b1cecacce2a1a3d2bbcac7b4ebcaa9a1a3',
      'hex',
    );
    const parsed = await readLedgerDocument('gbk.txt', gbk);
    expect(parsed.title).toBe('通报');
    expect(outline(parsed.issues)).toEqual([
      [
        '(一)',
        'AREA',
        '方面',
        [],
        [['(一)1.', 'PROBLEM', '问题甲', [], [['(一)1.(1)', 'MANIFESTATION', '表现甲', ['措施。'], []]]]],
      ],
    ]);
  });

  it('hangs a 1. met straight under a section as a problem, and warns of the skipped level', async () => {
    const text = ['通报', '一、问题清单', '1.问题甲', '', '(1)针对“表现甲”问题。', '一是措施。'].join('\n');
    const parsed = await readLedgerDocument('a.txt', new TextEncoder().encode(text));
    expect(outline(parsed.issues)).toEqual([
      ['一1.', 'AREA', '问题甲', [], [['一1.(1)', 'PROBLEM', '表现甲', ['措施。'], []]]],
    ]);
    expect(parsed.warnings).toEqual(['line 3: 一1.: numbered directly under 一, skipping a level']);
  });
});

describe('readLedgerDocument on DOCX', () => {
  it('reads the paragraphs in order, without headers and footers', async () => {
    const lines = CLUTTERED.split('\n').filter((l) => !/^- 2 -$|^第 3 页/u.test(l));
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('内部资料 注意保存')] }) },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ children: [PageNumber.CURRENT] })],
                }),
              ],
            }),
          },
          children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })),
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const fromDocx = await readLedgerDocument('进展.docx', bytes);
    const fromText = await readLedgerDocument('进展.txt', new TextEncoder().encode(CLUTTERED));
    expect(outline(fromDocx.issues)).toEqual(outline(fromText.issues));
    expect(fromDocx.title).toBe('关于巡视整改进展情况的报告');
  });

  it('refuses a file that is not a DOCX, and an unknown extension, by name', async () => {
    await expect(readLedgerDocument('坏.docx', new TextEncoder().encode('not a zip'))).rejects.toThrow(
      UnreadableDocumentError,
    );
    await expect(readLedgerDocument('表.xlsx', new Uint8Array())).rejects.toThrow(/only \.txt, \.md/u);
  });
});

describe('withoutMarkdown', () => {
  it('strips headings, quotes, bold and escapes, keeping the numbering', () => {
    expect(withoutMarkdown('## 二、进展\n> 整改进展：好\n**（1）针对“a\\*b”问题。**\n1.问题')).toBe(
      '二、进展\n整改进展：好\n（1）针对“a*b”问题。\n1.问题',
    );
  });
});
