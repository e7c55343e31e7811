import type { ViteUserConfig } from 'vitest/config';

export declare function rectifyTestConfig(overrides?: ViteUserConfig): ViteUserConfig;

export declare function rectifyPostgresTestConfig(): ViteUserConfig;
