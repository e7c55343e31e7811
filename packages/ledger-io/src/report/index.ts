export { renderReportHtml } from './render-html.js';
export { renderReportMarkdown } from './render-markdown.js';
export { chineseDate, layoutReport, type ReportBlock, reportTitle } from './report-layout.js';
import type { ReportModel } from './report-model.js';
export type { ReportIssue, ReportModel, ReportTask } from './report-model.js';

/** The report as a Word document; the docx library (11 MB) is loaded on first use. */
export const renderReportDocx = async (model: ReportModel): Promise<Uint8Array> =>
  (await import('./render-docx.js')).renderReportDocx(model);
