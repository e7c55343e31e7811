export * from './backup-error.js';
export * from './backup-manifest.js';
export * from './restore-backup.js';
export * from './stored-files.js';
export * from './write-backup.js';
