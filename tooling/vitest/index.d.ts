import type { ViteUserConfig } from 'vitest/config';

export declare function rectifyTestConfig(overrides?: ViteUserConfig): ViteUserConfig;
