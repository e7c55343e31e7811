// Plain JavaScript: vitest loads its config without compiling workspace packages.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineProject, mergeConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One physical copy of graphql: otherwise type-graphql and Apollo may load two and refuse each other's types.
const graphqlDir = path.dirname(require.resolve('graphql/package.json'));

/**
 * Turborepo runs two test tasks at once (`--concurrency=2` in the root package.json), so each vitest gets half
 * the cores: never more busy workers than cores, which on a two-core machine once made a 60 s timeout fire.
 */
const TEST_WORKERS = Math.max(1, Math.floor(availableParallelism() / 2));

/**
 * The base test configuration every package's vitest.config.ts starts from.
 * @param {import('vitest/config').ViteUserConfig} [overrides]
 * @returns {import('vitest/config').ViteUserConfig}
 */
export function rectifyTestConfig(overrides = {}) {
  return mergeConfig(
    defineProject({
      resolve: { alias: [{ find: /^graphql$/, replacement: path.join(graphqlDir, 'index.js') }] },
      test: {
        maxWorkers: TEST_WORKERS,
        // A worker runs its test files one after another in one module graph: the imports (type-graphql,
        // Apollo, the services), the GraphQL schema and the database templates are built once per worker
        // instead of once per file (six API test files: 60 s of CPU before, 21 s after). Test files share no
        // state: each opens its own database and server, and one that sets a variable restores it
        // (vi.stubEnv).
        isolate: false,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/*.browser.test.ts', 'test/postgres/**'],
        testTimeout: 120_000,
        hookTimeout: 240_000,
        // expect.poll waits for something asynchronous to happen (a notification heard, a job run); on a
        // busy two-core machine that can take seconds, and the default second would only measure the machine.
        // Like the timeouts above, this only catches what never happens.
        expect: { poll: { timeout: 30_000 } },
      },
    }),
    overrides,
  );
}

/**
 * The tests of test/postgres: what only a PostgreSQL server can show. They run in the PostgreSQL pass
 * (`pnpm test:pg`, .ci/run's step 2) and refuse to run without a server rather than pass on PGlite.
 * @returns {import('vitest/config').ViteUserConfig}
 */
export function rectifyPostgresTestConfig() {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      'test/postgres needs DATABASE_URL=postgres://…: run it with `pnpm test:pg` (see .ci/run)',
    );
  }
  const config = rectifyTestConfig();
  // Set rather than merged: merging would only add to the base lists, which leave test/postgres out.
  // Each file here takes a server's connections away or starts servers of its own: a process per file, so no
  // pool or timer a failure left behind reaches the next file.
  config.test = {
    ...config.test,
    include: ['test/postgres/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    isolate: true,
  };
  return config;
}
