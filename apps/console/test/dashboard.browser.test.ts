import { print } from '@0no-co/graphql.web';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ResultOf } from '../src/graphql.js';
import { LEDGER_FIGURES, type LedgerFigures } from '../src/providers/ledger-figures.js';
import { screenshot } from './support/browser.js';
import { consoleSuite } from './support/console-api.js';
import { apiToken, signIn } from './support/sign-in.js';

// The demo's dates placed relative to today, as `npm start` places them: deadlines fall ahead and behind.
const suite = consoleSuite({ demoDates: 'today' });

async function figuresOf(username: string): Promise<LedgerFigures> {
  const token = await apiToken(suite.api, username);
  const result = await suite.api.gql<ResultOf<typeof LEDGER_FIGURES>>(
    print(LEDGER_FIGURES),
    { inspectionId: null },
    { token },
  );
  return result.data!.ledgerFigures;
}

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`).textContent();

/** The rows of a bar chart as drawn: [id, total, closed, overdue]. */
const bars = (page: Page, testId: string) =>
  page
    .locator(`[data-testid="${testId}"] [data-row-id]`)
    .evaluateAll((rows) =>
      rows.map((r) =>
        ['row-id', 'total', 'closed', 'overdue'].map((k) => Number(r.getAttribute(`data-${k}`))),
      ),
    );

describe.each(['office', 'leader'])('the dashboard of %s', (username) => {
  it("shows the API's figures", async () => {
    const page = await suite.browser.context.newPage();
    await signIn(page, suite.api.url, username);
    await page.locator('[data-testid="dashboard"]').waitFor();
    const f = await figuresOf(username);
    expect(f.tasks.total).toBeGreaterThan(0);

    expect(await figure(page, 'tasks.total')).toBe(String(f.tasks.total));
    expect(await figure(page, 'tasks.closed')).toBe(String(f.tasks.closed));
    expect(await figure(page, 'tasks.overdue')).toBe(String(f.tasks.overdue));
    expect(await figure(page, 'tasks.ongoing')).toBe(String(f.tasks.ongoing));
    expect(await figure(page, 'issues.total')).toBe(String(f.issues.total));
    expect(await figure(page, 'issues.rectified')).toBe(String(f.issues.rectified));

    // The first ten units and leaders are drawn, most tasks first, with the API's counts.
    const row = (r: { total: number; closed: number; overdue: number }, id: number) => [
      id,
      r.total,
      r.closed,
      r.overdue,
    ];
    expect(await bars(page, 'by-unit')).toEqual(f.byUnit.slice(0, 10).map((u) => row(u, u.unit.id)));
    expect(await bars(page, 'by-leader')).toEqual(f.byLeader.slice(0, 10).map((l) => row(l, l.leader.id)));
    const weeks = await page.locator('[data-testid="deadlines-ahead"] [data-week]').evaluateAll((gs) =>
      gs.map((g) => ({
        weekStart: g.getAttribute('data-week'),
        count: Number(g.getAttribute('data-count')),
      })),
    );
    expect(weeks).toEqual(f.deadlinesAhead);
    if (username === 'office') {
      // The whole ledger has tasks overdue and tasks due in the coming weeks (none with the 2018 dates).
      expect(f.tasks.overdue).toBeGreaterThan(0);
      expect(weeks.reduce((n, w) => n + w.count, 0)).toBeGreaterThan(0);
    }
    await screenshot(page, `dashboard-${username}`);
    await page.close();
  });
});
