import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// How the benchmark talks to its server processes over the fork IPC channel: the child says where it
// listens, and answers requests for its counters; nothing of this is reachable over HTTP.

export interface ServerStats {
  /** SQL statements the process has sent since it started. */
  statements: number;
  /** Requests it has received at its query endpoints. */
  requests: number;
}

export type ChildMessage = { kind: 'listening'; port: number } | ({ kind: 'stats' } & ServerStats);
type ParentMessage = { kind: 'stats' };

/** In the child: listen on a free port, report it, answer stats requests, stop cleanly on SIGTERM. */
export function serveToParent(server: Server, stats: () => ServerStats, stop: () => Promise<void>): void {
  server.listen(0, '127.0.0.1', () => {
    send({ kind: 'listening', port: (server.address() as AddressInfo).port });
  });
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'stats') send({ kind: 'stats', ...stats() });
  });
  process.once('SIGTERM', async () => {
    await stop();
    process.exit(0);
  });
}

function send(message: ChildMessage): void {
  process.send?.(message);
}
