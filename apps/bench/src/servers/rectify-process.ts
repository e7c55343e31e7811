import { openDatabase } from '@rectify/db';
import { createRectifyServer } from '@rectify/api/server';
import { DEFAULT_AUTH_LIMITS } from '@rectify/services';
import { serveToParent } from './child-protocol.js';

// Rectify's API in its own process, started exactly as main.ts starts it: production settings, real
// authentication. The benchmark bundles this file to JavaScript first (build-server.ts).
// The statement counter is the database's query logger: nothing in the API changes for the benchmark.

let statements = 0;
let requests = 0;
const handle = await openDatabase({
  url: process.env.BENCH_DATABASE_URL,
  onQuery: () => {
    statements++;
  },
});
const jwtSecret = process.env.BENCH_JWT_SECRET;
if (!jwtSecret) throw new Error('BENCH_JWT_SECRET is not set');
const { server, stop } = await createRectifyServer(
  handle,
  { jwtSecret, ...DEFAULT_AUTH_LIMITS },
  {
    production: true,
    corsOrigins: [],
    maxBodyBytes: 1_000_000,
    consoleDir: '/nonexistent',
    maxQueryDepth: 10,
    maxQueryCost: 50_000,
  },
);
server.on('request', (req) => {
  if (req.url === '/graphql') requests++;
});
serveToParent(
  server,
  () => ({ statements, requests }),
  async () => {
    await stop();
    await handle.close();
  },
);
