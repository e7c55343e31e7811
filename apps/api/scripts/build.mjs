// The production build of the API: src/main.ts and the workspace code it imports, bundled into plain
// JavaScript in dist/ (run with `node apps/api/dist/main.js`: no tsx, no TypeScript at run time).
// Plain JavaScript itself, so that building needs nothing but esbuild.
import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(apiDir, 'dist');

/**
 * Packages loaded from node_modules at run time rather than bundled: native code (argon2), WebAssembly and
 * data files found beside the package (PGlite), and optional peers that are not installed and never loaded
 * (pg-native, class-validator). The first two are the API's run-time dependencies in package.json.
 */
export const EXTERNAL = ['@electric-sql/pglite', '@node-rs/argon2', 'pg-native', 'class-validator'];

await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: path.join(apiDir, 'src/main.ts') },
  outdir,
  bundle: true,
  // Libraries loaded on first use (spreadsheets, documents) stay in chunks of their own until then.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies inside an ES module bundle still call `require`.
  banner: {
    js: "import { createRequire as __rectifyRequire } from 'node:module'; const require = __rectifyRequire(import.meta.url);",
  },
  plugins: [filesBesideTheSource()],
});

const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const bytes = outputs.reduce((sum, [, output]) => sum + output.bytes, 0);
// What the bundle still imports at run time: Node's modules and the packages left external, nothing else.
const packages = new Set(
  outputs.flatMap(([, output]) =>
    output.imports
      .filter((i) => i.external && !i.path.startsWith('node:') && !builtinModules.includes(i.path))
      .map((i) => i.path),
  ),
);
const unexpected = [...packages].filter((p) => !EXTERNAL.some((e) => p === e || p.startsWith(`${e}/`)));
if (unexpected.length)
  throw new Error(`the bundle imports packages it should contain: ${unexpected.join(', ')}`);
console.log(
  `apps/api/dist: ${(bytes / 1024 / 1024).toFixed(1)} MB of JavaScript; imports at run time: ${[...packages].sort().join(', ')}`,
);

/**
 * Workspace code that finds files relative to itself (the migrations, the demo data, the repository's data
 * folder) keeps finding them: `import.meta.url` in a bundle is the bundle's, so each source file's is
 * rewritten as its path relative to dist/ — resolved at run time, so the checkout can move.
 */
function filesBesideTheSource() {
  return {
    name: 'files-beside-the-source',
    setup(b) {
      b.onLoad({ filter: /\/(packages\/[^/]+|apps\/api)\/src\/.*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const relative = path.relative(outdir, args.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}
