import type { IssueKind, ProblemLead } from '@rectify/domain';

/**
 * A draft of a ledger read from a document (parseLedgerDocument), as the office reviewed and edited it:
 * the issue tree and its tasks, nothing assigned yet. importLedgerDraft commits it.
 */
export interface LedgerDraft {
  issues: LedgerDraftIssue[];
}

export interface LedgerDraftIssue {
  code: string;
  kind: IssueKind;
  title: string;
  /** 针对 or 关于, as the document opened the item's paragraph. */
  titleLead?: ProblemLead | null;
  responseText?: string | null;
  children: LedgerDraftIssue[];
  tasks: LedgerDraftTask[];
}

export interface LedgerDraftTask {
  ordinal?: string | null;
  measure: string;
}
