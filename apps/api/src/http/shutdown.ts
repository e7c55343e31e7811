import type { Server } from 'node:http';

/**
 * Stops taking connections and waits for the requests in flight to finish; idle keep-alive connections
 * close at once. Whatever is still running after `graceMs` has its connection closed, so that a stuck
 * request cannot hold a deployment forever. Resolves with the number of connections cut that way.
 */
export async function closeGracefully(server: Server, graceMs: number): Promise<number> {
  if (!server.listening) return 0;
  let cut = 0;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => {
    server.getConnections((_, count) => {
      cut = count;
      server.closeAllConnections();
    });
  }, graceMs);
  await closed;
  clearTimeout(timer);
  return cut;
}
