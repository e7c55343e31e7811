/**
 * Prints the console's bundle size (gzip) and how long the ledger page takes to show the demo ledger in
 * headless Chromium (median of 5 loads, signed in as the office). `pnpm measure` builds first, then runs
 *   tsx --tsconfig ../api/tsconfig.json scripts/measure.ts
 * (the API's tsconfig, because tsx compiles the API's decorators only under a tsconfig that includes them).
 * Numbers, not assertions: machines differ, and a timed assertion would fail for the wrong reasons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/support/browser.js';
import { CONSOLE_DIST, startConsoleApi } from '../test/support/console-api.js';
import { apiToken, signIn } from '../test/support/sign-in.js';

const LOADS = 5;

function bundleSize() {
  const dir = path.join(CONSOLE_DIST, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(dir).filter((f) => /\.(js|css)$/.test(f))) {
    const bytes = readFileSync(path.join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const size = bundleSize();
console.log(`bundle: ${kb(size.gzip)} gzip (${kb(size.raw)} raw), JS and CSS in dist/assets`);

const api = await startConsoleApi();
const browser = await launchBrowser(api.url);
try {
  const token = await apiToken(api, 'office');
  const { data } = await api.gql<{ issues: { totalCount: number } }>(
    '{ issues(first: 1) { totalCount } }',
    {},
    { token },
  );
  const nodes = data!.issues.totalCount;
  const page = await browser.context.newPage();
  await signIn(page, api.url, 'office');
  const times: number[] = [];
  for (let i = 0; i <= LOADS; i++) {
    await page.goto('about:blank');
    await page.goto(`${api.url}/#/ledger`);
    // Milliseconds from navigation start until every node of the tree is on screen.
    const shown = await page.waitForFunction(
      (n) => document.querySelectorAll('[role="treeitem"]').length >= n && performance.now(),
      nodes,
      { polling: 'raf', timeout: 60_000 },
    );
    const ms = Number(await shown.jsonValue());
    if (i === 0) console.log(`ledger page, first load after sign-in: ${ms.toFixed(0)} ms`);
    else times.push(ms);
  }
  console.log(
    `ledger page: ${median(times).toFixed(0)} ms median of ${LOADS} loads to show all ${nodes} issues ` +
      `(${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
  );
} finally {
  await browser.close();
  await api.close();
}
