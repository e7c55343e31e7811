import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a partner's endpoint received it. */
export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  arrivedAt: number;
}

/**
 * A partner's webhook endpoint on this machine: records every request and answers with the status `answer`
 * gives for its path and how many requests that path has had (204 by default).
 */
export async function startHttpReceiver(answer?: (path: string, count: number) => number) {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        arrivedAt: Date.now(),
      });
      const count = received.filter((r) => r.path === path).length;
      response.writeHead(answer?.(path, count) ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
