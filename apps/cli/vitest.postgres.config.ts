import { rectifyPostgresTestConfig } from '@rectify/vitest-config';
import { mergeConfig } from 'vitest/config';

// An embedded backup restored onto a PostgreSQL server, and back.
export default mergeConfig(rectifyPostgresTestConfig(), {
  test: { globalSetup: ['test/support/build-cli.ts'] },
});
