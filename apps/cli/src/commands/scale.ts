import { BENCH_ACCOUNTS, BENCH_PASSWORD, seedScaleLedger } from '@rectify/scale-ledger';
import type { Command } from './command.js';

/** The 100× benchmark ledger (issue 8), bulk-loaded: benchmark data, not entered through the use cases. */
export const scale: Command = {
  name: 'scale',
  usage: 'scale [--seed N]',
  summary: 'load the 100× benchmark ledger and its two accounts (once)',
  async run(db, args) {
    const at = args.indexOf('--seed');
    const seed = at === -1 ? 1 : Number(args[at + 1]);
    if (!Number.isInteger(seed)) throw new Error('usage: pnpm cli scale [--seed N] (N an integer)');
    const result = await seedScaleLedger(db, { seed });
    if (!result.loaded) {
      console.log(`a scale ledger is loaded already: ${result.inspectionName}`);
      return;
    }
    for (const [what, n] of Object.entries(result.counts!)) console.log(`${what.padEnd(20)} ${n}`);
    console.log(
      `generated in ${Math.round(result.timings!.generateMs)} ms, loaded in ${Math.round(result.timings!.loadMs)} ms`,
    );
    console.log(`data hash ${result.hash}`);
    const unit = result.benchUnit!;
    console.log(`accounts (password ${BENCH_PASSWORD}): ${BENCH_ACCOUNTS.office.username} (OFFICE),`);
    console.log(`  ${BENCH_ACCOUNTS.unit.username} (UNIT of ${unit.name}, ${unit.overdue} overdue tasks)`);
  },
};
