import { readFileSync } from 'node:fs';
import path from 'node:path';
import { systemActor } from '@rectify/domain';
import { importLedgerDraft, parseLedgerDocument, ServiceError } from '@rectify/services';
import { callerPath } from './caller-path.js';
import type { Command } from './command.js';
import { inspectionOption } from './inspection-option.js';
import { parseOptions } from './options.js';

const USAGE = 'import-document FILE [--inspection ID] [--commit yes]';

/**
 * Reads a feedback or progress document (.txt, .md, .docx) into a draft issue tree and prints it with the
 * warnings; with --commit yes, commits it into the inspection (the latest by default) in one transaction.
 * Reviewing and editing the draft is the console's import page; this is for a document known to be clean.
 */
export const importDocument: Command = {
  name: 'import-document',
  usage: USAGE,
  summary: 'read a feedback or progress document into a draft tree; --commit yes imports it',
  async run(db, args) {
    const { options, positional } = parseOptions(args, ['inspection', 'commit'], USAGE);
    const [file] = positional;
    if (!file || positional.length > 1) throw new Error(`usage: pnpm cli ${USAGE}`);
    const ctx = { db, actor: systemActor('OFFICE'), locale: 'zh' as const, now: () => new Date() };
    const started = performance.now();
    const draft = await parseLedgerDocument(ctx, {
      filename: path.basename(file),
      contentBase64: readFileSync(callerPath(file)).toString('base64'),
    });
    const ms = performance.now() - started;
    const nodes = flatten(draft.issues);
    const tasks = nodes.reduce((n, node) => n + node.tasks.length, 0);
    for (const node of nodes) console.log(`${node.code.padEnd(16)} ${node.title}  [${node.tasks.length}]`);
    for (const warning of draft.warnings) console.log(`warning: ${warning}`);
    console.log(
      `issues ${nodes.length}  tasks ${tasks}  warnings ${draft.warnings.length}  read in ${ms.toFixed(0)} ms`,
    );
    if (options.get('commit') !== 'yes') return;
    const inspectionId = await inspectionOption(db, options.get('inspection'));
    try {
      const result = await importLedgerDraft(ctx, { inspectionId, draft });
      console.log(`imported into inspection ${inspectionId}: issues ${result.issues}  tasks ${result.tasks}`);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const details = error.fieldErrors.map((e) => `\n  ${e.field}: ${e.message.zh}`).join('');
      throw new Error(`${error.label.zh}${details}`);
    }
  },
};

function flatten<T extends { children: T[] }>(issues: T[]): T[] {
  return issues.flatMap((issue) => [issue, ...flatten(issue.children)]);
}
