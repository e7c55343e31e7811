import { rectifyTestConfig } from '@rectify/vitest-config';

export default rectifyTestConfig({ test: { globalSetup: ['test/support/build-cli.ts'] } });
