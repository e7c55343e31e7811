import {
  AlignmentType,
  Document,
  Footer,
  type IParagraphStyleOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { type BlockKind, layoutReport, type ReportBlock } from './report-layout.js';
import type { ReportModel } from './report-model.js';

// GB/T 9704 (党政机关公文格式): A4, 三号 (16pt) 仿宋 body on a 28pt grid, 二号小标宋 title, 黑体 and 楷体
// headings, page numbers "— 1 —" in 四号. Sizes in half-points, lengths in twips.
const FONT = {
  title: '方正小标宋简体',
  section: '黑体',
  area: '楷体_GB2312',
  body: '仿宋_GB2312',
};
const BODY_SIZE = 32;
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
const INDENT = { firstLine: 640 };

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name });

/**
 * Each kind of block is a paragraph style, defined once in styles.xml: a report of a province's ledger has
 * tens of thousands of paragraphs, and the same fonts, sizes and spacing spelled out on each one made the
 * document several times larger and its writing take a gigabyte.
 */
const STYLES: Record<BlockKind, IParagraphStyleOptions> = {
  TITLE: {
    id: 'ReportTitle',
    name: 'Report title',
    run: { font: font(FONT.title), size: 44 },
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
    },
  },
  SUBTITLE: {
    id: 'ReportSubtitle',
    name: 'Report subtitle',
    run: { font: font(FONT.area), size: BODY_SIZE },
    paragraph: { alignment: AlignmentType.CENTER, spacing: LINE },
  },
  SECTION: {
    id: 'ReportSection',
    name: 'Report section',
    run: { font: font(FONT.section), size: BODY_SIZE },
    paragraph: { indent: INDENT, spacing: LINE, keepNext: true },
  },
  AREA: {
    id: 'ReportArea',
    name: 'Report area',
    run: { font: font(FONT.area), size: BODY_SIZE },
    paragraph: { indent: INDENT, spacing: LINE, keepNext: true },
  },
  PROBLEM: {
    id: 'ReportProblem',
    name: 'Report problem',
    run: { font: font(FONT.body), size: BODY_SIZE, bold: true },
    paragraph: { indent: INDENT, spacing: LINE, keepNext: true },
  },
  ITEM: {
    id: 'ReportItem',
    name: 'Report item',
    run: { font: font(FONT.body), size: BODY_SIZE, bold: true },
    paragraph: { indent: INDENT, spacing: LINE, keepNext: true },
  },
  PROGRESS: {
    id: 'ReportProgress',
    name: 'Report progress',
    run: { font: font(FONT.area), size: BODY_SIZE },
    paragraph: { indent: INDENT, spacing: LINE },
  },
  SIGNATURE: {
    id: 'ReportSignature',
    name: 'Report signature',
    run: { font: font(FONT.body), size: BODY_SIZE },
    paragraph: { alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE },
  },
  TEXT: {
    id: 'ReportText',
    name: 'Report text',
    run: { font: font(FONT.body), size: BODY_SIZE },
    paragraph: { indent: INDENT, spacing: LINE, alignment: AlignmentType.JUSTIFIED },
  },
};

/** GB/T 9704: "— 1 —" at the right of odd pages and the left of even ones, one character in from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({ text: '— ', size: 28 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 28 }),
          new TextRun({ text: ' —', size: 28 }),
        ],
      }),
    ],
  });
}

/** The report as a Word document, laid out like an official one. */
export function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  return renderBlocksDocx({ title: model.title, creator: model.inspectedOrganisation }, layoutReport(model));
}

/** Any report laid out as blocks (a generated one, or an edited 通报 draft) as an official Word document. */
export async function renderBlocksDocx(
  meta: { title: string; creator: string },
  blocks: readonly ReportBlock[],
): Promise<Uint8Array> {
  const doc = new Document({
    title: meta.title,
    styles: { paragraphStyles: Object.values(STYLES) },
    creator: meta.creator,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1247 },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: blocks.map(({ kind, text }) => new Paragraph({ style: STYLES[kind].id, text })),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
