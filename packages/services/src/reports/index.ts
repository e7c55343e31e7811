export * from './create-report-draft.js';
export * from './edit-report-paragraph.js';
export * from './freeze-report-draft.js';
export * from './insert-report-paragraph.js';
export * from './publish-report-draft.js';
export * from './read-report-drafts.js';
export * from './remove-report-paragraph.js';
export type { ReportDraftRow } from './report-drafts-store.js';
export * from './report-source.js';
