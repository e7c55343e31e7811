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
