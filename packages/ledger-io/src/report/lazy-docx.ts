import type { ReportBlock } from './report-layout.js';
import type { ReportModel } from './report-model.js';

// The docx library (11 MB) is loaded on first use.

/** The report as a Word document. */
export const renderReportDocx = async (model: ReportModel): Promise<Uint8Array> =>
  (await import('./render-docx.js')).renderReportDocx(model);

/** Any report laid out as blocks (an edited 通报 draft) as a Word document. */
export const renderBlocksDocx = async (
  meta: { title: string; creator: string },
  blocks: readonly ReportBlock[],
): Promise<Uint8Array> => (await import('./render-docx.js')).renderBlocksDocx(meta, blocks);
