import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** src/main.ts bundled into plain JavaScript, built once for the whole run by this global setup. */
    cliBundle: string;
  }
}

/**
 * Loaded from node_modules at run time, as in the API's production bundle (apps/api/scripts/build.mjs):
 * native code (argon2), WebAssembly beside the package (PGlite), optional peers never loaded.
 */
const EXTERNAL = ['@electric-sql/pglite', '@node-rs/argon2', 'pg-native', 'class-validator'];
const cliDir = path.resolve(import.meta.dirname, '../..');

/**
 * Every test command is still a process of its own, but on JavaScript bundled once here: through tsx each
 * process spent ~3 s of CPU compiling and resolving the workspace's TypeScript before running the command.
 */
export default async function setup(project: TestProject) {
  const outdir = mkdtempSync(path.join(tmpdir(), 'rectify-cli-bundle-'));
  await build({
    entryPoints: { main: path.join(cliDir, 'src/main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // CommonJS dependencies inside an ES module bundle still call `require`.
    banner: {
      js: "import { createRequire as __rectifyRequire } from 'node:module'; const require = __rectifyRequire(import.meta.url);",
    },
    plugins: [externalByPath(), filesBesideTheSource(outdir)],
  });
  project.provide('cliBundle', path.join(outdir, 'main.js'));
  return () => rmSync(outdir, { recursive: true, force: true });
}

/** The external packages imported by absolute path: the bundle lives in a temporary folder, outside node_modules. */
function externalByPath(): Plugin {
  return {
    name: 'external-by-path',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const parts = args.path.split('/');
        const name = args.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
        if (!EXTERNAL.includes(name ?? '')) return undefined;
        const { kind, resolveDir } = args;
        const resolved = await b.resolve(args.path, { kind, resolveDir, pluginData: 'resolving' });
        // Optional peers that are not installed stay as they are: the code that would load them never runs.
        return { path: resolved.errors.length ? args.path : resolved.path, external: true };
      });
    },
  };
}

/** Workspace code that finds files beside itself (the migrations, the demo data) keeps finding them. */
function filesBesideTheSource(outdir: string): Plugin {
  return {
    name: 'files-beside-the-source',
    setup(b) {
      b.onLoad({ filter: /\/(packages\/[^/]+|apps\/cli)\/src\/.*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const relative = path.relative(outdir, args.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}
