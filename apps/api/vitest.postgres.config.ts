import { rectifyTestConfig } from '@rectify/vitest-config';

// The tests of what only a PostgreSQL server can show (a database that goes away and comes back, two API
// processes migrating one database at once). They run in the PostgreSQL pass (`pnpm test:pg`, .ci/run's
// step 2) and refuse to run without a server rather than pass on PGlite.
if (!process.env.DATABASE_URL) {
  throw new Error('test/postgres needs DATABASE_URL=postgres://…: run it with `pnpm test:pg` (see .ci/run)');
}

const config = rectifyTestConfig();
export default {
  ...config,
  test: { ...config.test, include: ['test/postgres/**/*.test.ts'], exclude: ['**/node_modules/**'] },
};
