import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { externalByPath, nodeBundleOptions } from '@rectify/bundle';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** src/main.ts bundled into plain JavaScript, built once for the whole run by this global setup. */
    cliBundle: string;
  }
}

const cliDir = path.resolve(import.meta.dirname, '../..');

/**
 * Every test command is still a process of its own, but on JavaScript bundled once here: through tsx each
 * process spent ~3 s of CPU compiling and resolving the workspace's TypeScript before running the command.
 * The packages left external are loaded from node_modules, as in the API's production bundle.
 */
export default async function setup(project: TestProject) {
  const outdir = mkdtempSync(path.join(tmpdir(), 'rectify-cli-bundle-'));
  const options = nodeBundleOptions({ entry: path.join(cliDir, 'src/main.ts'), outdir, appDir: cliDir });
  await build({ ...options, plugins: [externalByPath(), ...(options.plugins ?? [])] });
  project.provide('cliBundle', path.join(outdir, 'main.js'));
  return () => rmSync(outdir, { recursive: true, force: true });
}
