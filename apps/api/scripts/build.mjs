// The production build of the API: src/main.ts and the workspace code it imports, bundled into plain
// JavaScript in dist/ (run with `node apps/api/dist/main.js`: no tsx, no TypeScript at run time).
// Plain JavaScript itself, so that building needs nothing but esbuild.
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTERNAL, nodeBundleOptions } from '@rectify/bundle';
import { build } from 'esbuild';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(apiDir, 'dist');

await rm(outdir, { recursive: true, force: true });
const result = await build({
  ...nodeBundleOptions({ entry: path.join(apiDir, 'src/main.ts'), outdir, appDir: apiDir }),
  // The first two are the API's run-time dependencies in package.json.
  external: EXTERNAL,
  sourcemap: 'linked',
  metafile: true,
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
