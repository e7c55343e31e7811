import { type ClueHistoryAction, type Label } from '@rectify/domain';
import { messages } from '../messages/index.js';

// The history, duplicate and disclosure enums live in the domain, where the console reads their labels.

// The bilingual names that errors use for clue cases and their fields, defined once. None of them ever
// carries a value of the case: an error names the field, never the subject or the informant.
export const CLUE_LABEL: Label = messages.clues.clueCase;
export const DISCLOSURE_LABEL: Label = messages.clues.identityDisclosureRequest;

export const CLUE_FIELDS = {
  inspectionId: messages.clues.inspection,
  source: messages.clues.source,
  kind: messages.clues.kind,
  receivedDate: messages.clues.receivedDate,
  summary: messages.clues.summary,
  subject: messages.clues.subject,
  informant: messages.clues.informant,
  ownerUserIds: messages.clues.owners,
  routedToUnitId: messages.clues.responsibleBody,
  owningLeaderId: messages.clues.owningLeader,
  method: messages.clues.disposalMethod,
  deadline: messages.clues.deadline,
  outcome: messages.clues.outcome,
  sanctions: messages.clues.sanctions,
  note: messages.clues.note,
  duplicateOfId: messages.clues.firstIntake,
} satisfies Record<string, Label>;

export const DISCLOSURE_FIELDS = {
  clueCaseId: CLUE_LABEL,
  granteeUserId: messages.clues.grantee,
  reason: messages.clues.reason,
  comment: messages.clues.comment,
} satisfies Record<string, Label>;

/** What the audit log and error messages show in place of the subject and the informant. */
export const CONFIDENTIAL_MARKER = '[保密]';

/** `DUPLICATE_LINKED` → `clueCase.duplicateLinked`: the audit action of a history step. */
export function auditActionOf(action: ClueHistoryAction): string {
  const camel = action.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return `clueCase.${camel}`;
}
