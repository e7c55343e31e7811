import { rectifyTestConfig } from '@rectify/vitest-config';

// test/postgres runs in the PostgreSQL pass only (vitest.postgres.config.ts).
export default rectifyTestConfig({ test: { exclude: ['test/postgres/**'] } });
