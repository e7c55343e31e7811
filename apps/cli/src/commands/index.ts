import { backup } from './backup.js';
import type { Command } from './command.js';
import { collectFiles } from './collect-files.js';
import { copyFilesToDatabase } from './copy-files.js';
import { createAdmin, createUserCommand } from './create-user.js';
import { demo } from './demo.js';
import { digest } from './digest.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { importDocument } from './import-document.js';
import { migrate } from './migrate.js';
import { report } from './report.js';
import { restore } from './restore.js';
import { scale } from './scale.js';

export const commands: Command[] = [
  migrate,
  demo,
  createAdmin,
  createUserCommand,
  scale,
  digest,
  exportCommand,
  importCommand,
  report,
  importDocument,
  backup,
  restore,
  copyFilesToDatabase,
  collectFiles,
];
