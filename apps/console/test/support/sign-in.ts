import type { TestApi } from '@rectify/api/testing';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './console-api.js';

/**
 * Signs in through the console's login page and waits for the menu. Any session and language choice left in
 * the shared profile by an earlier test is dropped first: each test starts signed out, in Chinese.
 */
export async function signIn(page: Page, url: string, username: string, password = DEMO_PASSWORD) {
  // Cleared from a bare page of the origin, before the console starts: a console opened with the earlier
  // session would be using it while it is removed.
  await page.goto(`${url}/files/`);
  await page.evaluate(() => {
    localStorage.removeItem('rectify.session');
    localStorage.removeItem('rectify.locale');
  });
  // The signed-out open a user makes: the console itself sends it to the login form.
  await page.goto(`${url}/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('[data-nav]').first().waitFor();
}

/** The demo account's access token over HTTP, to ask the API what that user may see. */
export async function apiToken(api: TestApi, username: string): Promise<string> {
  const result = await api.gql<{ login: { accessToken: string | null; errors: { message: string }[] } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken errors { message } } }',
    { u: username, p: DEMO_PASSWORD },
  );
  const token = result.data?.login.accessToken;
  if (!token) throw new Error(`cannot sign in as ${username}: ${JSON.stringify(result)}`);
  return token;
}

/** The menu entries shown, in order (their resource names). */
export async function menuEntries(page: Page): Promise<string[]> {
  return page
    .locator('[data-nav]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-nav') ?? ''));
}

/** The list's total, read from react-admin's pagination ("… 共183条" / "… of 183"). */
export async function listTotal(page: Page): Promise<number> {
  const text = (await page.locator('.MuiTablePagination-displayedRows').first().textContent()) ?? '';
  const match = /共(\d+)条|of (\d+)/.exec(text);
  if (!match) throw new Error(`no total in "${text}"`);
  return Number(match[1] ?? match[2]);
}

/**
 * Signs in without the login page: the API's login answer becomes the console's stored session, as the login
 * page would leave it. The page is left on a bare page of the console's origin; go where the test goes next.
 * (The login page itself is covered by signIn.)
 */
export async function signInAs(page: Page, api: TestApi, username: string) {
  const result = await api.gql<{ login: Record<string, unknown> & { accessToken: string | null } }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
      user { id username displayName role unitId leaderId }
    } }`,
    { u: username, p: DEMO_PASSWORD },
  );
  const session = result.data?.login;
  if (!session?.accessToken) throw new Error(`cannot sign in as ${username}: ${JSON.stringify(result)}`);
  // Any cheap answer from the origin gives the page its localStorage.
  await page.goto(`${api.url}/files/`);
  await page.evaluate((s) => {
    localStorage.setItem('rectify.session', JSON.stringify(s));
    localStorage.removeItem('rectify.locale');
  }, session);
}
