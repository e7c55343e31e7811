import { collectUnreferencedFiles, fileStoreFromEnv } from '@rectify/services';
import type { Command } from './command.js';
import { parseOptions } from './options.js';

const USAGE = 'collect-files [--dry-run] [--min-age-hours N]';

/**
 * 清理文件: removes from the file store (RECTIFY_FILE_STORE: the folder, the S3 bucket or the database) the
 * files no record refers to — the bytes of uploads that failed after writing them, in the folder and S3 stores.
 * Files younger than `--min-age-hours` (default 24) are kept: their upload may still be committing. `--dry-run`
 * lists what would go and removes nothing.
 */
export const collectFiles: Command = {
  name: 'collect-files',
  usage: USAGE,
  summary: 'remove stored files no record refers to (--dry-run lists them)',
  async run(db, args) {
    const dryRun = args.includes('--dry-run');
    const { options, positional } = parseOptions(
      args.filter((arg) => arg !== '--dry-run'),
      ['min-age-hours'],
      USAGE,
    );
    const hours = Number(options.get('min-age-hours') ?? 24);
    if (positional.length > 0 || !Number.isFinite(hours) || hours < 0)
      throw new Error(`usage: pnpm cli ${USAGE}`);
    const storedBefore = new Date(Date.now() - hours * 3_600_000);
    const result = await collectUnreferencedFiles(db, fileStoreFromEnv(db), { storedBefore, dryRun });
    for (const file of result.removed)
      console.log(
        `${dryRun ? 'would remove' : 'removed'}  ${file.sha256}  ${file.size}  ${file.storedAt.toISOString()}`,
      );
    const bytes = result.removed.reduce((sum, file) => sum + file.size, 0);
    console.log(
      `文件 files kept ${result.kept}  ${dryRun ? 'unreferenced' : 'removed'} ${result.removed.length} (${bytes} bytes)  too recent to judge ${result.recent}`,
    );
  },
};
