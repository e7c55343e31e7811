import type { ClueKind } from '../enums/clue.js';

/**
 * The disposal figures a document states for one kind of case (信访举报件 or 问题线索). A published report
 * states some figures and not others, and rates without the counts behind them: whatever it does not
 * state is null.
 */
export interface StatedDisposalFigures {
  kind: ClueKind;
  /** 受理/接收/移交 … 件(条). */
  received: number | null;
  /** 办结 … 件(条). */
  concluded: number | null;
  /** 立案 … 件(条). */
  caseFiled: number | null;
  /** 办结率 as printed, in percent: 87.2 for 87.2%. */
  completionPercent: number | null;
  /** 成案率 as printed, in percent. */
  caseFilingPercent: number | null;
  /** 查实率 as printed, in percent. */
  substantiationPercent: number | null;
}

/**
 * The clue and petition disposal figures of a progress report (the section on 信访举报和问题线索 that an
 * inspection team handed over): what the office may take as the inspection's clue figures. They are
 * figures, never rectification tasks.
 */
export interface StatedClueFigures {
  /** The heading of the section the figures come from. */
  heading: string;
  /** The section's text as printed. */
  text: string;
  /** One entry per kind of case the section gives figures for, petitions first. */
  byKind: StatedDisposalFigures[];
}
