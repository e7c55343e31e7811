import type { Label } from '@rectify/domain';
import { messages } from '../messages/index.js';

// The bilingual names that errors use for the ledger's records and their fields, defined once.
export const INSPECTION_LABEL: Label = messages.ledger.inspection;
export const ISSUE_LABEL: Label = messages.ledger.issue;
export const TASK_LABEL: Label = messages.ledger.task;

export const INSPECTION_FIELDS = {
  name: messages.ledger.inspectionName,
  inspectingBody: messages.ledger.inspectingBody,
  inspectedOrganisation: messages.ledger.inspectedOrganisation,
  level: messages.ledger.level,
  kind: messages.ledger.inspectionKind,
  onSiteFrom: messages.ledger.site,
  onSiteTo: messages.ledger.siteLeft,
  feedbackDate: messages.ledger.feedbackDate,
  rectificationDeadline: messages.ledger.rectificationDeadline,
} satisfies Record<string, Label>;

export const ISSUE_FIELDS = {
  inspectionId: INSPECTION_LABEL,
  parentId: messages.ledger.parentIssue,
  kind: messages.ledger.issueKind,
  code: messages.ledger.issueCode,
  title: messages.ledger.issueTitle,
  responseText: messages.ledger.response,
  leadLeaderId: messages.ledger.leadLeader,
  leadUnitId: messages.ledger.leadUnit,
  position: messages.ledger.position,
} satisfies Record<string, Label>;

export const TASK_FIELDS = {
  issueId: ISSUE_LABEL,
  ordinal: messages.ledger.ordinal,
  measure: messages.ledger.measure,
  target: messages.ledger.target,
  leaderId: messages.ledger.responsibleLeader,
  leadUnitId: messages.ledger.leadUnit,
  coUnitIds: messages.ledger.coOperatingUnits,
  deadline: messages.ledger.deadline,
  term: messages.ledger.term,
  status: messages.ledger.status,
  position: messages.ledger.position,
  taskIds: messages.ledger.tasks,
} satisfies Record<string, Label>;

export const PROGRESS_FIELDS = {
  taskId: TASK_LABEL,
  period: messages.ledger.period,
  text: messages.ledger.progressText,
  percent: messages.ledger.percentComplete,
} satisfies Record<string, Label>;

/** What keeps an issue from being deleted, named in the error that refuses it. */
export const ISSUE_REFERRER_LABELS = {
  children: messages.ledger.subIssues,
  tasks: messages.ledger.tasks,
} satisfies Record<string, Label>;
