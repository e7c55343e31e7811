import type { Label } from '@rectify/domain';
import { messages } from '../messages/index.js';

// The bilingual names that the workflow's errors and messages use for its records and fields, defined once.
export const CLOSURE_REQUEST_LABEL: Label = messages.workflow.closureRequest;
export const EXTENSION_REQUEST_LABEL: Label = messages.workflow.extensionRequest;
export const EVIDENCE_LABEL: Label = messages.workflow.evidence;
export const SETTINGS_LABEL: Label = messages.workflow.settings;

export const EVIDENCE_FIELDS = {
  taskId: messages.workflow.task,
  progressReportId: messages.workflow.progressReport,
  fileName: messages.workflow.fileName,
  contentType: messages.workflow.fileType,
  content: messages.workflow.fileContent,
} satisfies Record<string, Label>;

export const REQUEST_FIELDS = {
  statement: messages.workflow.statement,
  evidence: EVIDENCE_LABEL,
  proposedDeadline: messages.workflow.proposedDeadline,
  reason: messages.workflow.reason,
  decision: messages.workflow.decision,
  comment: messages.workflow.comment,
} satisfies Record<string, Label>;

export const LOOK_BACK_FIELDS = {
  reason: messages.workflow.reasonReopening,
  deadline: messages.workflow.newDeadline,
  comment: messages.workflow.explanation,
} satisfies Record<string, Label>;

export const SETTINGS_FIELDS = {
  yellowDays: messages.workflow.yellowWarningLeadTimeDays,
  reminderDays: messages.workflow.reminderLeadTimesDays,
  cadence: messages.workflow.reportingCadence,
} satisfies Record<string, Label>;
