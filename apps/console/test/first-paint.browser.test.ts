import { describe, expect, it } from 'vitest';
import { consoleSuite } from './support/console-api.js';
import { recordUrlChanges, urlChanges } from './support/url-changes.js';

const suite = consoleSuite();

/** A page of the console's origin with no session in its storage. */
async function signedOutPage() {
  const page = await suite.browser.context.newPage();
  await page.goto(`${suite.api.url}/files/`);
  await page.evaluate(() => localStorage.clear());
  await recordUrlChanges(page);
  return page;
}

describe('opening the console without a session', () => {
  // Before the console had its own router, the signed-out open pushed #/login hundreds of times.
  for (const [name, path] of [
    ['the console', '/'],
    ['a bookmarked page', '/#/tasks'],
  ]) {
    it(`shows the login form after at most two URL changes: ${name}`, async () => {
      const page = await signedOutPage();
      await page.goto(`${suite.api.url}${path}`);
      await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
      const changes = await urlChanges(page);
      expect(changes.length, changes.slice(0, 5).join(', ')).toBeLessThanOrEqual(2);
      expect(new URL(page.url()).hash).toBe('#/login');
    });
  }

  it('loads react-admin and the login form, not the pages, precompressed and cached for good', async () => {
    const page = await signedOutPage();
    const scripts: { url: string; encoding?: string; cache?: string }[] = [];
    page.on('response', (response) => {
      if (!/\/assets\/.+\.js$/.test(response.url())) return;
      const headers = response.headers();
      scripts.push({
        url: response.url(),
        encoding: headers['content-encoding'],
        cache: headers['cache-control'],
      });
    });
    await page.goto(`${suite.api.url}/`);
    await page.locator('input[name="username"]').waitFor();
    expect(scripts.some((s) => /\/vendor-/.test(s.url))).toBe(true);
    // Pages come when opened: none of them is needed to sign in.
    expect(scripts.filter((s) => /\/(ledger-page|task-show|dashboard|task-list)-/.test(s.url))).toEqual([]);
    for (const script of scripts)
      expect(script.cache, script.url).toBe('public, max-age=31536000, immutable');
    // The build compresses every file above a kilobyte; these two are nearly all of the first paint.
    const big = scripts.filter((s) => /\/(vendor|index)-/.test(s.url));
    expect(big.map((s) => s.encoding)).toEqual(['br', 'br']);
  });

  it('signs in from the login form it reached and lands on the page that was asked for', async () => {
    const page = await signedOutPage();
    await page.goto(`${suite.api.url}/#/tasks`);
    await page.locator('input[name="username"]').fill('office');
    await page.locator('input[name="password"]').fill('rectify-demo');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL('**/#/tasks');
    await page.locator('.RaDataTable-table tbody tr').first().waitFor();
  });
});
