import type { ServerResponse } from 'node:http';
import { type DatabaseHandle, isDatabaseUnavailable, migrationsApplied } from '@rectify/db';

/**
 * Where the process stands: `starting` until the schema is migrated (the database may not be reachable
 * yet), `ready`, then `stopping` once SIGTERM came (requests in flight finish; load balancers go elsewhere).
 */
export interface Readiness {
  state: 'starting' | 'ready' | 'stopping';
}

/** `/health`: the process answers. No database round trip, so a slow database never fails it. */
export function answerHealth(res: ServerResponse, handle: DatabaseHandle) {
  send(res, 200, { status: 'ok', database: handle.driver });
}

/** How long /ready waits for the database before it says not ready. */
const READY_TIMEOUT_MS = 2000;

/** `/ready`: 200 when this process can serve requests — the database answers and every migration is applied. */
export async function answerReady(res: ServerResponse, handle: DatabaseHandle, readiness: Readiness) {
  if (readiness.state !== 'ready') return send(res, 503, { status: readiness.state });
  let timer: NodeJS.Timeout | undefined;
  try {
    const migrated = await Promise.race([
      migrationsApplied(handle.db),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
      }),
    ]);
    if (!migrated) return send(res, 503, { status: 'not migrated', database: handle.driver });
    send(res, 200, { status: 'ready', database: handle.driver });
  } catch (error) {
    if (!isDatabaseUnavailable(error) && (error as Error).message !== 'timeout') throw error;
    send(res, 503, { status: 'database unavailable', database: handle.driver });
  } finally {
    clearTimeout(timer);
  }
}

function send(res: ServerResponse, status: number, value: unknown) {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(value));
}
