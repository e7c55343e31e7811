import { loadDemoLedger, parseDemoDates } from '@rectify/demo';
import { fileStoreFromEnv } from '@rectify/services';
import type { Command } from './command.js';
import { parseOptions } from './options.js';

const USAGE = 'demo [--dates today|historical|YYYY-MM-DD]';

/**
 * The demo's dates are placed relative to today by default (the seed report's 2018-11-26 becomes today);
 * `--dates historical` keeps the seed's own, for its 2018 progress report (`report --as-of 2018-11-26`).
 */
export const demo: Command = {
  name: 'demo',
  usage: USAGE,
  summary: 'load the demo ledger and accounts (once), print its counts',
  async run(db, args) {
    const { options, positional } = parseOptions(args, ['dates'], USAGE);
    const dates = parseDemoDates(options.get('dates') ?? 'today');
    if (!dates || positional.length > 0) throw new Error(`usage: pnpm cli ${USAGE}`);
    const counts = await loadDemoLedger(db, { dates, files: fileStoreFromEnv(db) });
    for (const [what, n] of Object.entries(counts)) console.log(`${what.padEnd(20)} ${n}`);
  },
};
