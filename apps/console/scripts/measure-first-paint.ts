/**
 * Prints how fast the console reaches a user in headless Chromium, and the size of each built chunk:
 *   - open-to-login: a signed-out open of the console until the login form shows, cold (a fresh profile, empty
 *     cache) and warm (the same profile again);
 *   - sign-in-to-ledger: from pressing 登录 on a signed-out open of #/ledger until the ledger tree shows;
 *   - page-to-page: from a menu click until the next page's content shows, signed in as the office.
 * Medians, in milliseconds. `pnpm measure:first-paint` builds first, then runs this under the API's tsconfig
 * (tsx compiles the API's decorators only there). Numbers, not assertions: machines differ. With
 * FIRST_PAINT_JSON set, every time is also written there as JSON (`pnpm bench` records them so).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.js';
import { CONSOLE_DIST, DEMO_PASSWORD, startConsoleApi } from '../test/support/console-api.js';

const COLD = 3;
const WARM = 5;
const HOPS: [nav: string, ready: string][] = [
  ['ledger', '[role="treeitem"]'],
  ['tasks', '.RaDataTable-table tbody tr'],
  ['dashboard', '[data-testid="dashboard"]'],
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const show = (xs: number[]) => `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;

function printChunks() {
  const dir = path.join(CONSOLE_DIST, 'assets');
  const files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f));
  const rows = files.map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      br: brotliCompressSync(bytes).length,
    };
  });
  rows.sort((a, b) => b.raw - a.raw);
  console.log(`chunks in dist/assets (${rows.length}): raw / gzip / brotli`);
  for (const r of rows)
    console.log(
      `  ${r.file.padEnd(44)} ${kb(r.raw).padStart(11)} ${kb(r.gzip).padStart(11)} ${kb(r.br).padStart(11)}`,
    );
  const sum = (k: 'raw' | 'gzip' | 'br') => rows.reduce((s, r) => s + r[k], 0);
  console.log(
    `  ${'total'.padEnd(44)} ${kb(sum('raw')).padStart(11)} ${kb(sum('gzip')).padStart(11)} ${kb(sum('br')).padStart(11)}`,
  );
}

/** Drops any session from a bare page of the origin, so the next open of the console is signed out. */
async function signOut(page: Page, url: string) {
  await page.goto(`${url}/files/`);
  await page.evaluate(() => localStorage.clear());
}

/** Milliseconds from navigation start until `selector` is in the page. */
async function openUntil(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url);
  const shown = await page.waitForFunction((s) => document.querySelector(s) && performance.now(), selector, {
    polling: 'raf',
    timeout: 120_000,
  });
  return Number(await shown.jsonValue());
}

/** Milliseconds from `act` until `selector` is in the page (timed in the page, polled every frame). */
async function timeUntil(page: Page, act: () => Promise<void>, selector: string): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await act();
  const shown = await page.waitForFunction((s) => document.querySelector(s) && performance.now(), selector, {
    polling: 'raf',
    timeout: 120_000,
  });
  return Number(await shown.jsonValue()) - start;
}

printChunks();
const api = await startConsoleApi();
try {
  const cold: number[] = [];
  const warm: number[] = [];
  const signIn: number[] = [];
  const hops: Record<string, number[]> = Object.fromEntries(HOPS.map(([nav]) => [nav, []]));
  for (let run = 0; run < COLD; run++) {
    const browser = await launchBrowser(api.url);
    try {
      const page = await browser.context.newPage();
      await signOut(page, api.url);
      cold.push(await openUntil(page, `${api.url}/`, 'input[name="username"]'));
    } finally {
      await browser.close();
    }
  }
  const browser = await launchBrowser(api.url);
  try {
    const page = await browser.context.newPage();
    await signOut(page, api.url);
    await openUntil(page, `${api.url}/`, 'input[name="username"]'); // fills the cache
    for (let run = 0; run < WARM; run++) {
      await signOut(page, api.url);
      warm.push(await openUntil(page, `${api.url}/`, 'input[name="username"]'));
    }
    for (let run = 0; run < WARM; run++) {
      await signOut(page, api.url);
      await openUntil(page, `${api.url}/#/ledger`, 'input[name="username"]');
      await page.locator('input[name="username"]').fill('office');
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      signIn.push(
        await timeUntil(page, () => page.locator('button[type="submit"]').click(), '[role="treeitem"]'),
      );
    }
    // Signed in now (the last sign-in): walk the menu a few times.
    for (let round = 0; round < 3; round++) {
      for (const [nav, ready] of HOPS) {
        // The next page's content, not the one left: waited for once its menu entry is the active one.
        const t = await timeUntil(
          page,
          () => page.locator(`[data-nav="${nav}"]`).click(),
          `body:has([data-nav="${nav}"].RaMenuItemLink-active) ${ready}`,
        );
        hops[nav]!.push(t);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`open-to-login, cold: ${show(cold)}`);
  console.log(`open-to-login, warm: ${show(warm)}`);
  console.log(`sign-in-to-ledger (warm): ${show(signIn)}`);
  const all = Object.values(hops).flat();
  console.log(`page-to-page (menu click to content), all hops: ${show(all)}`);
  for (const [nav, times] of Object.entries(hops)) console.log(`  to ${nav}: ${show(times)}`);
  if (process.env.FIRST_PAINT_JSON) {
    const times = { openToLoginCold: cold, openToLoginWarm: warm, signInToLedger: signIn, pageToPage: all };
    writeFileSync(process.env.FIRST_PAINT_JSON, JSON.stringify(times));
  }
} finally {
  await api.close();
}
