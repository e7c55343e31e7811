export * from './compare-paragraphs.js';
export * from './draft-report.js';
export * from './feedback-problems.js';
export * from './report-draft.js';
export * from './report-source.js';
