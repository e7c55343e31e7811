import { type BlockKind, layoutReport, type ReportBlock } from './report-layout.js';
import type { ReportModel } from './report-model.js';

const TAG: Record<BlockKind, string> = {
  TITLE: 'h1',
  SUBTITLE: 'p class="subtitle"',
  SECTION: 'h2',
  AREA: 'h3',
  PROBLEM: 'h4',
  ITEM: 'p class="item"',
  TEXT: 'p',
  PROGRESS: 'p class="progress"',
  SIGNATURE: 'p class="signature"',
};

// An official document's look on A4 (GB/T 9704): 小标宋 title, 黑体 and 楷体 headings, 仿宋 body, 三号.
const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif;
  font-size: 16pt; line-height: 28pt; color: #000; max-width: 156mm; margin: 0 auto; }
h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "Songti SC", "Noto Serif CJK SC", serif;
  font-size: 22pt; line-height: 1.5; font-weight: normal; text-align: center; margin: 0 0 8pt; }
.subtitle { text-align: center; font-family: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", serif; text-indent: 0; }
h2, h3, h4 { font-size: 16pt; line-height: 28pt; margin: 0; text-indent: 2em; }
h2 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
h3 { font-family: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", serif; font-weight: normal; }
h4 { font-weight: bold; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.item { font-weight: bold; }
/* 落款 and 成文日期: right-aligned, four characters in from the right edge. */
.signature { text-align: right; text-indent: 0; padding-right: 4em; }
.progress { font-family: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", serif; }
h2, h3, h4, .item { break-after: avoid; page-break-after: avoid; }
@media screen { body { padding: 20mm 0; } }
`;

/** The report as a printable HTML page (print it or save it as PDF from the browser). */
export function renderReportHtml(model: ReportModel): string {
  return renderBlocksHtml(model.title, layoutReport(model));
}

/** Any report laid out as blocks (a generated one, or an edited 通报 draft) as a printable HTML page. */
export function renderBlocksHtml(title: string, blocks: readonly ReportBlock[]): string {
  const body = blocks
    .map(({ kind, text }) => {
      const open = TAG[kind];
      const close = open.split(' ')[0];
      return `<${open}>${escapeHtml(text)}</${close}>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}
