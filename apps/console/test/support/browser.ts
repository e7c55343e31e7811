import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium: playwright-core never downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts');

export interface Browser {
  context: BrowserContext;
  /** Every request that left for another origin: the console must make none. */
  outsideRequests: string[];
  /** Closes every page: the profile is shared, and a page left open (a failed test's) could end the next test's session. */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, recording any request to an origin other than the console's. */
export async function launchBrowser(consoleUrl: string, locale = 'zh-CN'): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'rectify-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, `--lang=${locale}`],
    locale,
    viewport: { width: 1440, height: 900 },
  });
  const origin = new URL(consoleUrl).origin;
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      outsideRequests.push(url);
  });
  return {
    context,
    outsideRequests,
    async closePages() {
      await Promise.all(context.pages().map((page) => page.close()));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
