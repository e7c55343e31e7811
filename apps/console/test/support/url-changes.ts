import type { Page } from 'playwright-core';

/**
 * Records every change of the page's URL (history pushState/replaceState and hash changes) from the first
 * script on. Given as source text: a function would be compiled with helpers the page does not have.
 */
export async function recordUrlChanges(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__urlChanges = [];
    for (const method of ['pushState', 'replaceState']) {
      const original = History.prototype[method];
      History.prototype[method] = function (...args) {
        const result = original.apply(this, args);
        window.__urlChanges.push(method + ' ' + location.hash);
        return result;
      };
    }
    addEventListener('hashchange', () => window.__urlChanges.push('hashchange ' + location.hash));
  `);
}

export async function urlChanges(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __urlChanges: string[] }).__urlChanges);
}
