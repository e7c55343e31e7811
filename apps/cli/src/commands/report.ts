import { writeFileSync } from 'node:fs';
import { CHINA_OFFSET, type ReportFormat, systemActor } from '@rectify/domain';
import { generateProgressReport, isIsoDate } from '@rectify/services';
import { callerPath } from './caller-path.js';
import type { Command } from './command.js';
import { inspectionOption } from './inspection-option.js';
import { parseOptions } from './options.js';

const USAGE = 'report --format docx|md|html --out FILE [--inspection ID] [--as-of YYYY-MM-DD]';
const FORMATS: Record<string, ReportFormat> = { docx: 'DOCX', md: 'MARKDOWN', html: 'HTML' };

/**
 * 整改进展情况通报: writes the public progress report of an inspection (the latest by default) as the office
 * would generate it in the console. --as-of states the figures as of that day (2018-11-26 for the demo).
 */
export const report: Command = {
  name: 'report',
  usage: USAGE,
  summary: 'write the public progress report (DOCX, Markdown or printable HTML)',
  async run(db, args) {
    const { options } = parseOptions(args, ['format', 'out', 'inspection', 'as-of'], USAGE);
    const format = FORMATS[options.get('format') ?? ''];
    const out = options.get('out');
    const asOf = options.get('as-of');
    if (!format || !out || (asOf !== undefined && !isIsoDate(asOf)))
      throw new Error(`usage: pnpm cli ${USAGE}`);
    const inspectionId = await inspectionOption(db, options.get('inspection'));
    const now = asOf ? new Date(`${asOf}T18:00:00${CHINA_OFFSET}`) : new Date();
    const started = performance.now();
    const file = await generateProgressReport(
      { db, actor: systemActor('OFFICE'), locale: 'zh', now: () => now },
      { inspectionId, format },
    );
    const ms = performance.now() - started;
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    writeFileSync(callerPath(out), bytes);
    console.log(`${out}  ${bytes.byteLength} bytes  ${ms.toFixed(0)} ms  (${file.filename})`);
  },
};
