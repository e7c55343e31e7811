import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Bundles a server entry and the workspace code it imports into one JavaScript file, so that the
 * benchmark measures the server as compiled JavaScript on plain `node` rather than through tsx's loader
 * (its loader thread, esbuild service and source maps cost the process about 90 MB). Packages with native
 * code or files of their own stay outside the bundle, imported from where they are installed (and the
 * optional class-validator, which is not installed and type-graphql only loads when validation is on).
 */
export async function buildServer(entry: string): Promise<string> {
  const outfile = path.join(
    mkdtempSync(path.join(tmpdir(), 'rectify-bench-')),
    `${path.parse(entry).name}.mjs`,
  );
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      ownUrls(),
      installedInPlace(['@node-rs/argon2', '@electric-sql/pglite', 'pg-native', 'class-validator']),
    ],
    // CommonJS dependencies inside an ES module bundle still call `require`. Under an alias: a bundled ES
    // module may import `createRequire` itself (fflate does).
    banner: {
      js: "import { createRequire as benchCreateRequire } from 'node:module'; const require = benchCreateRequire(import.meta.url);",
    },
  });
  return outfile;
}

/**
 * Workspace code that finds files beside itself (the database's migrations) keeps reading them from the
 * source tree: `import.meta.url` stays the URL of the file it was written in, not the bundle's.
 */
function ownUrls(): Plugin {
  return {
    name: 'own-urls',
    setup(b) {
      b.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/** Keeps these packages out of the bundle, imported by the absolute path they resolve to at build time. */
function installedInPlace(packages: string[]): Plugin {
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})(/|$)`);
  return {
    name: 'installed-in-place',
    setup(b) {
      b.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'in-place') return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'in-place',
        });
        return resolved.errors.length
          ? { path: args.path, external: true }
          : { path: resolved.path, external: true };
      });
    },
  };
}
