import { startTestApi } from '../testing/start-test-api.js';

// Prints the median latency and SQL statements of the nested ledger query on the demo ledger (PGlite, or
// PostgreSQL with DATABASE_URL). A measurement to read, not a test: `pnpm --filter @rectify/api latency`.
const LEDGER = `query Ledger($first: Int) {
  issues(first: $first, orderBy: { field: CODE }) {
    totalCount
    nodes { code title status tasks { ordinal measure status deadline
      leadUnit { name } leader { name post } latestProgress { percent reportedAt } } }
  }
}`;

const api = await startTestApi({ demo: true });
try {
  const token = await api.tokenFor('OFFICE');
  for (const first of [10, 100]) {
    api.statements.length = 0;
    await api.gql(LEDGER, { first }, { token });
    console.log(`page size ${first}: ${api.statements.length} SQL statements (authentication included)`);
  }
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const start = performance.now();
    const result = await api.gql(LEDGER, { first: 50 }, { token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    if (i >= 10) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(1);
  console.log(
    `first 50 issues with tasks, over HTTP, ${times.length} runs after 10 warm-up: median ${at(0.5)} ms, p95 ${at(0.95)} ms`,
  );
} finally {
  await api.close();
}
