import { rectifyTestConfig } from '@rectify/vitest-config';

// Browser tests: Playwright drives Debian's Chromium against the real API on a fresh database. The base
// config leaves *.browser.test.ts out (merging would only add to its lists), so include/exclude are set here.
const config = rectifyTestConfig({
  test: { testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
});
config.test = { ...config.test, include: ['test/**/*.browser.test.ts'], exclude: ['**/node_modules/**'] };

export default config;
