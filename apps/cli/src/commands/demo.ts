import { loadDemoLedger } from '@rectify/demo';
import { fileStoreFromEnv } from '@rectify/services';
import type { Command } from './command.js';

export const demo: Command = {
  name: 'demo',
  usage: 'demo',
  summary: 'load the demo ledger and accounts (once), print its counts',
  async run(db) {
    const counts = await loadDemoLedger(db, { files: fileStoreFromEnv(db) });
    for (const [what, n] of Object.entries(counts)) console.log(`${what.padEnd(20)} ${n}`);
  },
};
