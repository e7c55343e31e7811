import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApi, type TestApi } from '@rectify/api/testing';

export const CONSOLE_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/** The real API with the demo ledger on a fresh database, serving the built console. */
export async function startConsoleApi(): Promise<TestApi> {
  if (!existsSync(path.join(CONSOLE_DIST, 'index.html'))) {
    throw new Error(`build the console first (npx vite build): ${CONSOLE_DIST}/index.html is missing`);
  }
  return startTestApi({ demo: true, consoleDir: CONSOLE_DIST });
}

export const DEMO_PASSWORD = 'rectify-demo';
