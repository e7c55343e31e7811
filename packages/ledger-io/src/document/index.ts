export { parseFeedbackDocument } from './parse-feedback-document.js';
export {
  DOCUMENT_EXTENSIONS,
  documentText,
  readLedgerDocument,
  UnreadableDocumentError,
} from './read-document.js';
export type { DocumentSection, DraftIssue, DraftIssueKind, DraftTask, ParsedDocument } from './types.js';
