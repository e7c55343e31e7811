import { defineEnum, type EnumValue } from '../enums/define-enum.js';

/** A 通报 draft is edited, then frozen (its figures fixed), then published (rendered and stored for good). */
export const ReportDraftStatus = defineEnum({
  DRAFT: { zh: '起草中', en: 'Draft' },
  FROZEN: { zh: '已定稿', en: 'Frozen' },
  PUBLISHED: { zh: '已发布', en: 'Published' },
});
export type ReportDraftStatus = EnumValue<typeof ReportDraftStatus>;

/** The files a published 通报 is stored as: the GB/T 9704 Word document and the print-ready page. */
export const PublishedReportFormat = defineEnum({
  DOCX: { zh: 'Word 文档', en: 'Word document' },
  HTML: { zh: '打印版网页', en: 'Print-ready HTML' },
});
export type PublishedReportFormat = EnumValue<typeof PublishedReportFormat>;

/** What a paragraph of the 通报 is: its place in the real report's anatomy (DESIGN.md), which decides its look. */
export const ReportParagraphKind = defineEnum({
  TITLE: { zh: '标题', en: 'Title' },
  AS_OF: { zh: '截至日期', en: 'As-of line' },
  OPENING: { zh: '开头段', en: 'Opening' },
  SECTION: { zh: '一级标题', en: 'Section heading' },
  TEXT: { zh: '正文', en: 'Narrative' },
  FIGURES: { zh: '整改数据', en: 'Rectification figures' },
  AREA: { zh: '问题方面', en: 'Area' },
  PROBLEM: { zh: '问题', en: 'Problem' },
  ITEM: { zh: '具体问题', en: 'Item' },
  RECTIFICATION: { zh: '整改情况', en: 'Rectification' },
  CLUE_FIGURES: { zh: '线索处置数据', en: 'Clue disposal figures' },
  CONTACT: { zh: '监督联系方式', en: 'Contact line' },
  SIGNATURE: { zh: '落款', en: 'Signature' },
  DATE: { zh: '成文日期', en: 'Date' },
});
export type ReportParagraphKind = EnumValue<typeof ReportParagraphKind>;

/** One paragraph of a draft. The key is stable across versions, so that versions compare paragraph by paragraph. */
export interface ReportParagraph {
  key: string;
  kind: ReportParagraphKind;
  text: string;
}

/** Paragraphs computed from the ledger and clue records: recomputed on every read until the draft is frozen. */
export const isLiveParagraph = (kind: ReportParagraphKind): boolean =>
  kind === 'FIGURES' || kind === 'CLUE_FIGURES';

/** The office may add and remove narrative paragraphs; the report's skeleton stays as generated. */
export const isRemovableParagraph = (kind: ReportParagraphKind): boolean => kind === 'TEXT';

/** What one version changed: an edit, an added or a removed paragraph, or the whole draft (create, freeze). */
export const ReportChange = defineEnum({
  CREATE: { zh: '创建草稿', en: 'Created' },
  EDIT: { zh: '修改段落', en: 'Edited a paragraph' },
  INSERT: { zh: '新增段落', en: 'Added a paragraph' },
  REMOVE: { zh: '删除段落', en: 'Removed a paragraph' },
  FREEZE: { zh: '定稿', en: 'Froze the figures' },
});
export type ReportChange = EnumValue<typeof ReportChange>;

/** The text of a draft that its content hash is taken over: every paragraph, its kind and text, in order. */
export function reportContentText(paragraphs: readonly ReportParagraph[]): string {
  return paragraphs.map((p) => `${p.kind}\t${p.text}`).join('\n');
}
