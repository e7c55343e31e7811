import { rectifyTestConfig } from '@rectify/vitest-config';

// Browser tests: Playwright drives Debian's Chromium against the real API on a fresh database. The base
// config leaves *.browser.test.ts out (merging would only add to its lists), so include/exclude are set here.
// Two files at a time, whatever the base gives each vitest: a file spends much of its time waiting (Chromium
// for the API, the API for Chromium), so two share the machine's cores rather than queue for them. Each
// file has its own API, database and browser profile; nothing is shared but the built console.
const config = rectifyTestConfig({
  test: { testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: true, maxWorkers: 2 },
});
config.test = { ...config.test, include: ['test/**/*.browser.test.ts'], exclude: ['**/node_modules/**'] };

export default config;
