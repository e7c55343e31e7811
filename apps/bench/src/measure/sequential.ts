import { fetchJson, type graphqlTarget } from './rectify-client.js';

/**
 * The median time of `runs` requests sent one after another (after one unmeasured): a request's own latency,
 * without the queueing of the load test, as issue 20 compared the ledgers' sizes.
 */
export async function sequentialMedianMs(
  baseUrl: string,
  target: ReturnType<typeof graphqlTarget> | { path: string },
  runs: number,
): Promise<number> {
  await fetchJson(baseUrl, target);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fetchJson(baseUrl, target);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor((runs - 1) / 2)]!;
}
