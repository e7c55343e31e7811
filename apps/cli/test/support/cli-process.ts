import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const run = promisify(execFile);

/** Where a command writes its data: the embedded database's folder, or a PostgreSQL server and its files. */
export interface CliTarget {
  dataDir: string;
  databaseUrl?: string;
  /** More variables for the command (a password, say). */
  env?: Record<string, string>;
}

/**
 * `pnpm cli …` as an operator runs it: a process of its own on the given data folder, whatever the test's
 * environment says. Node runs src/main.ts bundled by the global setup (test/support/build-cli.ts): through
 * tsx each command compiled the workspace again, and through npx or pnpm their own warnings would land in
 * the stderr the tests read.
 */
export function runCli(target: CliTarget, ...args: string[]) {
  return run(process.execPath, [inject('cliBundle'), ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      ...target.env,
      DATABASE_URL: target.databaseUrl ?? '',
      RECTIFY_DATA_DIR: target.dataDir,
    },
  });
}

/** What a failed command printed, and its exit code (0 and nothing when it succeeded). */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );
