import { rectifyTestConfig } from '@rectify/vitest-config';

export default rectifyTestConfig();
