import type { ClueKind } from '../enums/clue.js';
import type { InspectionKind, ProblemLead, TaskStatus } from '../enums/ledger.js';
import type { ClueFacts } from '../figures/clue-figures.js';

export interface ReportSourceTask {
  status: TaskStatus;
  deadline: string | null;
  measure: string;
  /** The text of the latest progress report made by the 截至 date; null when none. */
  progress: string | null;
}

export interface ReportSourceIssue {
  id: number;
  code: string;
  title: string;
  /** Null for a heading whose title is its own words (方面, numbered problems). */
  titleLead: ProblemLead | null;
  responseText: string | null;
  tasks: ReportSourceTask[];
  children: ReportSourceIssue[];
}

/** What a 通报 draft is made from: the inspection, its issue tree in ledger order, and its transferred clues. */
export interface ReportSource {
  inspection: {
    kind: InspectionKind;
    inspectingBody: string;
    inspectedOrganisation: string;
    onSiteFrom: string | null;
    onSiteTo: string | null;
    feedbackDate: string | null;
  };
  /** The 截至 date, ISO. */
  asOf: string;
  issues: ReportSourceIssue[];
  /** The petitions and clues the inspection team transferred (移交), as the figures count them. */
  clues: (ClueFacts & { kind: ClueKind })[];
}
