import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

let api: TestApi;
let office: string;

const LEDGER = `query Ledger($first: Int) {
  issues(first: $first, orderBy: { field: CODE }) {
    totalCount
    nodes {
      code title status
      figures { totalTasks closedTasks overdueTasks closureRate }
      tasks {
        ordinal measure status deadline warning
        leadUnit { name }
        leader { name post }
        latestProgress { percent reportedAt }
      }
    }
  }
}`;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  office = await api.tokenFor('OFFICE');
});
afterAll(async () => {
  await api?.close();
});

type Ledger = {
  issues: {
    totalCount: number;
    nodes: {
      code: string;
      status: string;
      tasks: { leadUnit: { name: string } | null; latestProgress: unknown }[];
    }[];
  };
};

describe('the nested ledger query', () => {
  it('returns the demo ledger in document order with tasks, units, leaders and latest progress', async () => {
    const result = await api.gql<Ledger>(LEDGER, { first: 100 }, { token: office });
    expect(result.errors).toBeUndefined();
    const issues = result.data!.issues;
    expect(issues.totalCount).toBe(57);
    expect(issues.nodes.slice(0, 3).map((n) => n.code)).toEqual(['二(一)', '二(一)1.', '二(一)1.(1)']);
    const tasks = issues.nodes.flatMap((n) => n.tasks);
    expect(tasks).toHaveLength(183);
    expect(tasks.every((t) => t.leadUnit?.name)).toBe(true);
  });

  it('sends the same number of SQL statements at page sizes 10 and 100', async () => {
    const counts: number[] = [];
    for (const first of [10, 100]) {
      api.statements.length = 0;
      const result = await api.gql<Ledger>(LEDGER, { first }, { token: office });
      expect(result.errors).toBeUndefined();
      counts.push(api.statements.length);
    }
    expect(counts[0]).toBe(counts[1]);
    // authentication (1), the page with its total (1), the warning settings for `warning` (1)
    expect(counts[0]).toBeLessThanOrEqual(3);
  });
});
