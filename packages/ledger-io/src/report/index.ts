export { renderReportDocx } from './render-docx.js';
export { renderReportHtml } from './render-html.js';
export { renderReportMarkdown } from './render-markdown.js';
export { chineseDate, layoutReport, type ReportBlock } from './report-layout.js';
export type { ReportIssue, ReportModel, ReportTask } from './report-model.js';
