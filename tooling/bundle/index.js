// The esbuild settings every Node bundle of the workspace shares: the API's production build
// (apps/api/scripts/build.mjs) and the CLI's test bundle (apps/cli/test/support/build-cli.ts).
// Plain JavaScript, so that building needs nothing but esbuild.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Packages loaded from node_modules at run time rather than bundled: native code (argon2), WebAssembly and
 * data files found beside the package (PGlite), and optional peers that are not installed and never loaded
 * (pg-native, class-validator).
 */
export const EXTERNAL = ['@electric-sql/pglite', '@node-rs/argon2', 'pg-native', 'class-validator'];

/** `entry` bundled into ES modules in `outdir`, with chunks for what loads on first use. */
export function nodeBundleOptions({ entry, outdir, appDir }) {
  return {
    entryPoints: { main: entry },
    outdir,
    bundle: true,
    // Libraries loaded on first use (spreadsheets, documents) stay in chunks of their own until then.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // CommonJS dependencies inside an ES module bundle still call `require`.
    banner: {
      js: "import { createRequire as __rectifyRequire } from 'node:module'; const require = __rectifyRequire(import.meta.url);",
    },
    plugins: [filesBesideTheSource(outdir, path.basename(appDir))],
  };
}

/**
 * Workspace code that finds files relative to itself (the migrations, the demo data, the repository's data
 * folder) keeps finding them: `import.meta.url` in a bundle is the bundle's, so each source file's is
 * rewritten as its path relative to the output folder — resolved at run time, so the checkout can move.
 */
function filesBesideTheSource(outdir, appName) {
  const filter = new RegExp(`/(packages/[^/]+|apps/${appName})/src/.*\\.ts$`);
  return {
    name: 'files-beside-the-source',
    setup(b) {
      b.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const relative = path.relative(outdir, args.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/**
 * The external packages imported by absolute path, for a bundle written outside node_modules (a temporary
 * folder), where Node could not find them by name.
 */
export function externalByPath() {
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
