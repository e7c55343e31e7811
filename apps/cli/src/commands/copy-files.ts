import { copyFiles, DatabaseFileStore, localFileStore } from '@rectify/services';
import type { Command } from './command.js';

/**
 * 迁移文件: the evidence files of a single server's data folder into the database, where every server sees
 * them (before switching RECTIFY_FILE_STORE to `database`). It copies, never deletes, and can run again.
 */
export const copyFilesToDatabase: Command = {
  name: 'copy-files-to-database',
  usage: 'copy-files-to-database',
  summary: "copy the data folder's evidence files into the database's file store (again safely)",
  async run(db, args) {
    if (args.length > 0) throw new Error('usage: pnpm cli copy-files-to-database');
    const { referenced, copied, missing } = await copyFiles(db, localFileStore(), new DatabaseFileStore(db));
    console.log(
      `文件 files referenced ${referenced}  copied ${copied}  already there ${referenced - copied - missing.length}`,
    );
    if (missing.length > 0)
      throw new Error(`${missing.length} referenced files are in neither store: ${missing.join(', ')}`);
  },
};
