import { type IssueTally, isOverdue, issueStatusOf, tallyIssues } from '../figures/ledger-figures.js';
import type { ReportSourceIssue, ReportSourceTask } from './report-source.js';

const CIRCLED_END = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]$/u;

/** An unnumbered 针对/关于 paragraph (code ending in ①): part of the numbered problem above it, not one of its own. */
export const isUnnumberedItem = (code: string): boolean => CIRCLED_END.test(code);

export interface FeedbackFigures {
  problems: IssueTally;
  tasks: { total: number; closed: number; ongoing: number; overdue: number };
}

/**
 * The figures as the feedback counts problems: every numbered node without numbered children is one problem
 * (its unnumbered 关于 items are parts of it), rectified when every task beneath it is. The clue section is
 * not in the tree (it holds figures, not problems), so it is never counted.
 */
export function feedbackFigures(roots: readonly ReportSourceIssue[], asOf: string): FeedbackFigures {
  const below = (issue: ReportSourceIssue): ReportSourceTask[] => [
    ...issue.tasks,
    ...issue.children.flatMap(below),
  ];
  const statuses: ReturnType<typeof issueStatusOf>[] = [];
  const visit = (issue: ReportSourceIssue): void => {
    const numbered = issue.children.filter((c) => !isUnnumberedItem(c.code));
    if (numbered.length === 0) statuses.push(issueStatusOf(below(issue).map((t) => t.status)));
    else numbered.forEach(visit);
  };
  roots.forEach(visit);
  const all = roots.flatMap(below);
  return {
    problems: tallyIssues(statuses),
    tasks: {
      total: all.length,
      closed: all.filter((t) => t.status === 'CLOSED').length,
      ongoing: all.filter((t) => t.status === 'ONGOING').length,
      overdue: all.filter((t) => isOverdue(t, asOf)).length,
    },
  };
}
