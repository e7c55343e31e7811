import type { BuildOptions, Plugin } from 'esbuild';

export declare const EXTERNAL: string[];
export declare function nodeBundleOptions(options: {
  /** The entry module (src/main.ts). */
  entry: string;
  outdir: string;
  /** The app's folder (apps/api, apps/cli): its sources and the packages' find files beside themselves. */
  appDir: string;
}): BuildOptions;
export declare function externalByPath(): Plugin;
