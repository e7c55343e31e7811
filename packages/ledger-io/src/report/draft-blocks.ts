import type { ReportParagraph, ReportParagraphKind } from '@rectify/domain';
import type { BlockKind, ReportBlock } from './report-layout.js';

const LOOK: Record<ReportParagraphKind, BlockKind> = {
  TITLE: 'TITLE',
  AS_OF: 'SUBTITLE',
  OPENING: 'TEXT',
  SECTION: 'SECTION',
  TEXT: 'TEXT',
  FIGURES: 'TEXT',
  AREA: 'AREA',
  PROBLEM: 'PROBLEM',
  ITEM: 'ITEM',
  RECTIFICATION: 'TEXT',
  CLUE_FIGURES: 'TEXT',
  CONTACT: 'TEXT',
  SIGNATURE: 'SIGNATURE',
  DATE: 'SIGNATURE',
};

/** A 通报 draft's paragraphs as the blocks every format renders; a paragraph the office emptied is left out. */
export const draftBlocks = (paragraphs: readonly ReportParagraph[]): ReportBlock[] =>
  paragraphs.filter((p) => p.text.trim() !== '').map((p) => ({ kind: LOOK[p.kind], text: p.text }));
