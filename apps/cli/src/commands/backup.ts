import { fileStoreFromEnv, writeBackup } from '@rectify/services';
import { callerPath } from './caller-path.js';
import type { Command } from './command.js';

const USAGE = 'backup FILE';

/** 备份: the whole database and every file it refers to, in one archive that `restore` reads back. */
export const backup: Command = {
  name: 'backup',
  usage: USAGE,
  summary: 'write the database and its files into one archive (never overwrites)',
  async run(db, args) {
    if (args.length !== 1 || args[0]!.startsWith('--')) throw new Error(`usage: pnpm cli ${USAGE}`);
    const started = performance.now();
    const { file, bytes, manifest } = await writeBackup(db, {
      file: callerPath(args[0]!),
      files: fileStoreFromEnv(db),
    });
    const seconds = (performance.now() - started) / 1000;
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const fileBytes = manifest.files.reduce((sum, stored) => sum + stored.size, 0);
    console.log(`备份 backup → ${file}  ${bytes} bytes  ${seconds.toFixed(1)} s`);
    console.log(
      `  migration ${manifest.migration.tag}  tables ${manifest.tables.length}  rows ${rows}  ` +
        `files ${manifest.files.length} (${fileBytes} bytes)`,
    );
  },
};
