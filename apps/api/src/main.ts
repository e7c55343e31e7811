import { openDatabase } from '@rectify/db';
import { loadDemoLedger } from '@rectify/demo';
import { DEFAULT_AUTH_LIMITS } from '@rectify/services';
import path from 'node:path';
import { readEnv } from './env.js';
import { createRectifyServer } from './http/server.js';

const env = readEnv();
const handle = await openDatabase({ url: env.databaseUrl, dataDir: path.join(env.dataDir, 'pglite') });
if (env.loadDemo) {
  const counts = await loadDemoLedger(handle.db);
  console.log(`demo ledger: ${JSON.stringify(counts)}`);
}
const { server, stop } = await createRectifyServer(
  handle,
  { jwtSecret: env.jwtSecret, ...DEFAULT_AUTH_LIMITS },
  env,
);
server.listen(env.port, env.host, () => {
  const where = `http://${env.host === '0.0.0.0' ? 'localhost' : env.host}:${env.port}`;
  console.log(`Rectify on ${handle.driver === 'pglite' ? `PGlite (${env.dataDir})` : 'PostgreSQL'}`);
  console.log(`  console  ${where}/`);
  console.log(`  GraphQL  ${where}/graphql`);
  console.log(`  health   ${where}/health`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await stop();
    await handle.close();
    process.exit(0);
  });
}
