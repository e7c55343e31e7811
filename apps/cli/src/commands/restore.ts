import { fileStoreFromEnv, restoreBackup } from '@rectify/services';
import { callerPath } from './caller-path.js';
import type { Command } from './command.js';

const USAGE = 'restore FILE [--force]';

/**
 * 恢复: a backup into this database, all or nothing. A database that holds data is refused unless --force,
 * which replaces all of it. Stop the API first: the embedded database admits one process at a time.
 */
export const restore: Command = {
  name: 'restore',
  usage: USAGE,
  summary: 'restore a backup into an empty database (--force replaces all data)',
  async run(db, args) {
    const force = args.includes('--force');
    const positional = args.filter((arg) => arg !== '--force');
    if (positional.length !== 1 || positional[0]!.startsWith('--'))
      throw new Error(`usage: pnpm cli ${USAGE}`);
    const file = callerPath(positional[0]!);
    const started = performance.now();
    const { manifest, replaced } = await restoreBackup(db, { file, files: fileStoreFromEnv(db), force });
    const seconds = (performance.now() - started) / 1000;
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`恢复 restored ← ${file}  ${seconds.toFixed(1)} s  (backup of ${manifest.createdAt})`);
    console.log(
      `  migration ${manifest.migration.tag}  tables ${manifest.tables.length}  rows ${rows}  ` +
        `files ${manifest.files.length}` +
        (replaced.length > 0 ? `  replaced the data of ${replaced.length} tables` : ''),
    );
  },
};
