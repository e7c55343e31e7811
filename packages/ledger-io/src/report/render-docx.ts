import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
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

function run(text: string, font: string, options: { size?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    font: { ascii: font, eastAsia: font, hAnsi: font },
    size: options.size ?? BODY_SIZE,
    bold: options.bold ?? false,
  });
}

function paragraph(kind: BlockKind, text: string): Paragraph {
  switch (kind) {
    case 'TITLE':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
        children: [run(text, FONT.title, { size: 44 })],
      });
    case 'SUBTITLE':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: LINE,
        children: [run(text, FONT.area)],
      });
    case 'SECTION':
      return new Paragraph({
        indent: INDENT,
        spacing: LINE,
        keepNext: true,
        children: [run(text, FONT.section)],
      });
    case 'AREA':
      return new Paragraph({
        indent: INDENT,
        spacing: LINE,
        keepNext: true,
        children: [run(text, FONT.area)],
      });
    case 'PROBLEM':
    case 'ITEM':
      return new Paragraph({
        indent: INDENT,
        spacing: LINE,
        keepNext: true,
        children: [run(text, FONT.body, { bold: true })],
      });
    case 'PROGRESS':
      return new Paragraph({ indent: INDENT, spacing: LINE, children: [run(text, FONT.area)] });
    case 'SIGNATURE':
      return new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: 1280 },
        spacing: LINE,
        children: [run(text, FONT.body)],
      });
    case 'TEXT':
      return new Paragraph({
        indent: INDENT,
        spacing: LINE,
        alignment: AlignmentType.JUSTIFIED,
        children: [run(text, FONT.body)],
      });
  }
}

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
        children: blocks.map(({ kind, text }) => paragraph(kind, text)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
