import { BENCH_ACCOUNTS, BENCH_PASSWORD, scaledCounts, seedScaleLedger } from '@rectify/scale-ledger';
import type { Command } from './command.js';
import { parseOptions } from './options.js';

const USAGE = 'scale [--seed N] [--factor F]';

/**
 * The benchmark ledger (issues 8 and 20), bulk-loaded: benchmark data, not entered through the use cases.
 * The factor is against the demo ledger: 100 (the default) is 20,000 tasks, 1000 province scale.
 */
export const scale: Command = {
  name: 'scale',
  usage: USAGE,
  summary: 'load the benchmark ledger (100× the demo, or --factor) and its two accounts (once)',
  async run(db, args) {
    const { options } = parseOptions(args, ['seed', 'factor'], USAGE);
    const seed = Number(options.get('seed') ?? 1);
    const factor = Number(options.get('factor') ?? 100);
    if (!Number.isInteger(seed) || !(factor > 0))
      throw new Error(`usage: pnpm cli ${USAGE} (N an integer, F a positive number)`);
    const result = await seedScaleLedger(db, { seed, counts: scaledCounts(factor / 100) });
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
