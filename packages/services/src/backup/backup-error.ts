import type { Label } from '@rectify/domain';

/**
 * A backup or restore that cannot go on, said in one line that tells the operator what to do. Whatever was
 * written is undone first: a refused restore leaves the database as it was, a failed backup leaves no file.
 */
export class BackupError extends Error {
  constructor(readonly label: Label) {
    super(`${label.zh} / ${label.en}`);
    this.name = 'BackupError';
  }
}

export const backupError = (zh: string, en: string) => new BackupError({ zh, en });
