import type { ProblemLead, StatedClueFigures } from '@rectify/domain';

/** The level of a node in the feedback tree: 方面 → 问题 → 具体表现. */
export type DraftIssueKind = 'AREA' | 'PROBLEM' | 'MANIFESTATION';

/** One enumerated measure of a response (一是 …), or the whole response when it is not enumerated. */
export interface DraftTask {
  /** '一是', '二是' …, or '' when the response is not enumerated. */
  ordinal: string;
  /** The measure as printed, without its ordinal. */
  measure: string;
}

/** A node of the feedback tree, as read from the document before anyone has reviewed it. */
export interface DraftIssue {
  /** The numbering as printed, with ASCII brackets and dots: `二(一)1.(3)`, `二(一)2.(2)①`. */
  code: string;
  kind: DraftIssueKind;
  /** The problem as the inspection team put it (the quoted text of 针对“…”问题), or the heading's text. */
  title: string;
  /** 针对 or 关于 as the paragraph opened (针对“…”问题); null when the title is a heading's own words. */
  titleLead: ProblemLead | null;
  /** Response text that is not a measure: the preamble before 一是, or the intro of a node with children. */
  responseText: string | null;
  /** Progress stated apart from the measures (整改进展:…), as in a progress report; null when none. */
  progress: string | null;
  children: DraftIssue[];
  tasks: DraftTask[];
}

/** A top-level part of the document (一、 二、 …). */
export interface DocumentSection {
  /** The section's numeral as printed: '二'. */
  ordinal: string;
  heading: string;
  /** The section's paragraphs; for the ledger section only those before its first issue. */
  paragraphs: string[];
  /** Whether the issues were read from this section. */
  isLedger: boolean;
}

export interface ParsedDocument {
  title: string | null;
  /** Paragraphs between the title and the first section or issue. */
  preface: string[];
  sections: DocumentSection[];
  issues: DraftIssue[];
  /**
   * The figures of the section on petitions and clues handed over (信访举报和问题线索), which is read as
   * figures and never as issues or tasks; null when the document has no such section.
   */
  clueDisposal: StatedClueFigures | null;
  /**
   * What a reviewer should look at: numbering gaps, skipped levels, issues without any response — each with
   * the document line it concerns (`line 12: 二(一)3.: numbered 3 where 2 was expected`).
   */
  warnings: string[];
}
