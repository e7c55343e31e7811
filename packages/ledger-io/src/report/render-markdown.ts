import { type BlockKind, layoutReport } from './report-layout.js';
import type { ReportModel } from './report-model.js';

const PREFIX: Record<BlockKind, string> = {
  TITLE: '# ',
  SUBTITLE: '',
  SECTION: '## ',
  AREA: '### ',
  PROBLEM: '#### ',
  ITEM: '**',
  TEXT: '',
  PROGRESS: '> ',
  SIGNATURE: '',
};

/** The report as Markdown: headings down to the problems, one paragraph a block, progress quoted. */
export function renderReportMarkdown(model: ReportModel): string {
  return `${layoutReport(model)
    .map(({ kind, text }) => {
      const escaped = escapeMarkdown(text);
      return kind === 'ITEM' ? `**${escaped}**` : `${PREFIX[kind]}${escaped}`;
    })
    .join('\n\n')}\n`;
}

/** Only what would change the meaning of a paragraph of prose; withoutMarkdown undoes it. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_`<[\]]/gu, (c) => `\\${c}`).replace(/^([#>+-])/u, '\\$1');
}
