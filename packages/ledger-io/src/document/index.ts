export { parseFeedbackDocument } from './parse-feedback-document.js';
export type { DocumentSection, DraftIssue, DraftIssueKind, DraftTask, ParsedDocument } from './types.js';
