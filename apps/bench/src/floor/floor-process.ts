import { openDatabase } from '@rectify/db';
import { serveToParent } from '../servers/child-protocol.js';
import { createFloorServer } from './floor-server.js';

// The floor's own process, forked by the benchmark: the same pool as the API's (openDatabase, 10 clients).

const handle = await openDatabase({ url: process.env.BENCH_DATABASE_URL });
if (!handle.pool) throw new Error('the floor needs PostgreSQL: set BENCH_DATABASE_URL');
let statements = 0;
let requests = 0;
const server = createFloorServer(handle.pool, () => statements++);
server.on('request', () => requests++);
serveToParent(
  server,
  () => ({ statements, requests }),
  async () => {
    server.close();
    await handle.close();
  },
);
