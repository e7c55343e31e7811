import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** The console's own first-paint times (apps/console/scripts/measure-first-paint.ts), in milliseconds. */
export interface ConsoleTimes {
  openToLoginCold: number[];
  openToLoginWarm: number[];
  signInToLedger: number[];
  pageToPage: number[];
}

export const CONSOLE_MEASUREMENTS: Record<keyof ConsoleTimes, string> = {
  openToLoginCold: 'open to login, cold',
  openToLoginWarm: 'open to login, warm',
  signInToLedger: 'sign-in to ledger',
  pageToPage: 'page to page',
};

/**
 * Runs the console's measurement as its package runs it (`pnpm measure:first-paint`: a fresh build, served by
 * the real API with the demo ledger, in Debian's headless Chromium), on a database of `databaseUrl`'s server,
 * and reads the times it writes to FIRST_PAINT_JSON. One measurement, kept in one place: the console's.
 */
export async function measureColdConsole(consoleDir: string, databaseUrl: string): Promise<ConsoleTimes> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rectify-first-paint-'));
  const file = path.join(dir, 'times.json');
  try {
    await promisify(execFile)('pnpm', ['run', 'measure:first-paint'], {
      cwd: consoleDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, FIRST_PAINT_JSON: file },
      maxBuffer: 16 * 2 ** 20,
    }).catch((error: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`the console's measurement failed: ${error.message}\n${error.stdout}\n${error.stderr}`);
    });
    return JSON.parse(readFileSync(file, 'utf8')) as ConsoleTimes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
