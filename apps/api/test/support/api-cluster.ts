import path from 'node:path';
import { DEMO_PASSWORD } from '@rectify/demo';
import { type ApiProcess, portOf, spawnApi } from './api-process.js';
import type { freshPlace } from './ops-harness.js';

// API processes on one PostgreSQL database (the tests of servers side by side), each with a data folder of its
// own so that nothing can come from a shared disk, talked to over HTTP only.

export interface ClusterServer {
  api: ApiProcess;
  url: string;
  /** Its Prometheus listener, when started with metrics. */
  metricsUrl: string | null;
}

/**
 * One process per server (node with tsx as a loader, no wrapper, so that SIGKILL kills the server itself),
 * resolved once it is ready. Every server schedules the daily digest and looks at the schedule each second.
 */
export async function startClusterServer(
  place: Awaited<ReturnType<typeof freshPlace>>,
  name: string,
  options: { loadDemo: boolean; jwtSecret: string; metrics?: boolean },
): Promise<ClusterServer> {
  const api = spawnApi(
    {
      RECTIFY_JWT_SECRET: options.jwtSecret,
      DATABASE_URL: place.databaseUrl!,
      RECTIFY_DATA_DIR: path.join(place.dataDir, name),
      RECTIFY_LOAD_DEMO: String(options.loadDemo),
      RECTIFY_SCHEDULE_CHECK_SECONDS: '1',
      // The tests' mail server, robots and partners listen on this machine, which outbound posts refuse.
      RECTIFY_OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
      PORT: '0',
      ...(options.metrics ? { RECTIFY_METRICS_PORT: '0' } : {}),
    },
    [process.execPath, '--import', 'tsx', 'src/main.ts'],
  );
  const url = `http://127.0.0.1:${await portOf(api)}`;
  const { metricsPort } = await api.waitFor((l) => l.msg === 'settings');
  await api.waitFor((l) => String(l.msg).startsWith('ready'));
  return { api, url, metricsUrl: metricsPort == null ? null : `http://127.0.0.1:${metricsPort}/metrics` };
}

/** A GraphQL request's data (errors are the caller's to see in the payload's `errors`). */
export async function gql<T>(url: string, token: string | null, source: string, variables = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: source, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}

/** A demo account's access token, signed in through the given server. */
export const signIn = async (url: string, username: string) =>
  (
    await gql<{ login: { accessToken: string } }>(
      url,
      null,
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u: username, p: DEMO_PASSWORD },
    )
  ).login.accessToken;
