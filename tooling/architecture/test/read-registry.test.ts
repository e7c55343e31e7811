import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The read model's registry runs one way: the ledger's and each feature's entities are written against
// read/registry-types.ts, and read/registry.ts alone assembles them. A feature folder that imported the
// assembled registry would close a circle (the registry imports the features), so only the read model itself
// and the package's index may import it.

const src = join(import.meta.dirname, '..', '..', '..', 'packages', 'services', 'src');
const REGISTRY = 'read/registry.ts';
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The modules of services/src a file imports, as paths relative to src. */
function importsOf(file: string): string[] {
  return [...readFileSync(join(src, file), 'utf8').matchAll(RELATIVE_IMPORT)].map(([, specifier]) => {
    const target = resolve(dirname(join(src, file)), specifier!.replace(/\.js$/, '.ts'));
    return relative(src, existsSync(target) ? target : join(target.replace(/\.ts$/, ''), 'index.ts'));
  });
}

const files = filesUnder(src).map((file) => relative(src, file));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
/** Modules that are the registry to whoever imports them: the registry and the indexes that re-export it. */
const registryModules = new Set([REGISTRY, 'read/index.ts', 'index.ts']);

describe('the read registry', () => {
  it('is imported only by the read model and the package index', () => {
    expect(graph.get(REGISTRY)?.length).toBeGreaterThan(3);
    const importers = files.filter((file) => graph.get(file)!.some((target) => registryModules.has(target)));
    const outside = importers.filter((file) => !file.startsWith('read/') && file !== 'index.ts');
    expect(outside, 'files outside read/ that import the assembled registry').toEqual([]);
  });

  it('is a leaf: nothing it imports leads back to it', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      for (const target of graph.get(file) ?? [])
        if (!reached.has(target)) {
          reached.add(target);
          visit(target);
        }
    };
    visit(REGISTRY);
    expect(reached.size).toBeGreaterThan(4);
    expect([...reached].filter((file) => registryModules.has(file))).toEqual([]);
  });

  it('types its entities in a module that imports nothing of the package', () => {
    expect(graph.get('read/registry-types.ts')).toEqual([]);
  });
});
