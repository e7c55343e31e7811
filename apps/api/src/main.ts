import { EnvError, readEnv } from './env.js';
import { ListenError } from './http/listen.js';
import { createLogger } from './logger.js';
import { startApi } from './start.js';

// The API's process: `pnpm --filter @rectify/api start` (tsx, development) or `node apps/api/dist/main.js`
// (the production build). A wrong setting or a port in use stops it with one line and no stack.

let env: ReturnType<typeof readEnv>;
try {
  env = readEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  for (const line of error.lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}
const logger = await createLogger(env);
// A bug that escapes every handler still ends the process, but as one JSON line rather than a bare stack.
process.once('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  logger.flush();
  process.exit(1);
});

let api: Awaited<ReturnType<typeof startApi>>;
try {
  api = await startApi(env, logger);
} catch (error) {
  if (!(error instanceof ListenError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const where = `http://${env.host === '0.0.0.0' ? 'localhost' : env.host}:${api.port}`;
logger.info(
  `Rectify on ${api.handle.driver === 'pglite' ? `PGlite (${env.dataDir})` : 'PostgreSQL'}: ${where}/`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // Stopping starts once: a second signal (a second Ctrl-C, tsx relaying one, an orchestrator repeating
  // itself) changes nothing, and with a listener still in place it cannot end the process half-way.
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: env.shutdownGraceMs }, 'stopping: finishing the requests in flight');
    await api.stop();
    logger.info('stopped');
    process.exit(0);
  });
}

try {
  await api.ready;
  logger.info(
    { msSinceStart: Math.round(performance.now()) },
    `ready: console ${where}/ · GraphQL ${where}/graphql`,
  );
} catch (error) {
  if (stopping) process.exitCode = 0;
  else {
    logger.fatal({ err: error }, 'the database could not be prepared');
    await api.stop();
    process.exit(1);
  }
}
