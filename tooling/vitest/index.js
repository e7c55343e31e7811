// Plain JavaScript: vitest loads its config without compiling workspace packages.
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineProject, mergeConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One physical copy of graphql: otherwise type-graphql and Apollo may load two and refuse each other's types.
const graphqlDir = path.dirname(require.resolve('graphql/package.json'));

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
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    }),
    overrides,
  );
}
