import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApi, type TestApi } from '@rectify/api/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Browser, launchBrowser } from './browser.js';

export const CONSOLE_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

type ApiOptions = Pick<NonNullable<Parameters<typeof startTestApi>[0]>, 'jobs' | 'demoDates'>;

/** The real API with the demo ledger on a fresh database, serving the built console (and a job queue if asked). */
export async function startConsoleApi(options: ApiOptions = {}): Promise<TestApi> {
  if (!existsSync(path.join(CONSOLE_DIST, 'index.html'))) {
    throw new Error(`build the console first (npx vite build): ${CONSOLE_DIST}/index.html is missing`);
  }
  return startTestApi({ demo: true, consoleDir: CONSOLE_DIST, ...options });
}

export const DEMO_PASSWORD = 'rectify-demo';

export interface ConsoleSuite {
  api: TestApi;
  browser: Browser;
}

/**
 * The API with the demo ledger and a headless Chromium, shared by the tests of one file: started before
 * them (hooks the file adds afterwards run once both are up), every page closed after each test, both
 * stopped after all.
 */
export function consoleSuite(options: ApiOptions = {}): ConsoleSuite {
  const suite = {} as ConsoleSuite;
  beforeAll(async () => {
    suite.api = await startConsoleApi(options);
    suite.browser = await launchBrowser(suite.api.url);
  });
  afterEach(() => suite.browser?.closePages());
  afterAll(async () => {
    await suite.browser?.close();
    await suite.api?.close();
  });
  return suite;
}
