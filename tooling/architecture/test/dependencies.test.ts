import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE.md's dependency table is the contract between packages. This test holds it to the manifests and
// to the import statements, so the document cannot drift and a new import across a boundary is a decision
// (change the table) rather than an accident.

const root = join(import.meta.dirname, '..', '..', '..');
/** Configuration packages every package may use in its tooling; they are not part of the layering. */
const TOOLING = new Set(['@rectify/vitest-config', '@rectify/biome-config', '@rectify/architecture']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.turbo', 'artifacts', '.data']);
const IMPORT = /(?:from|import)\s*\(?\s*['"](@rectify\/[a-z-]+)/g;

interface Row {
  code: Set<string>;
  tests: Set<string>;
}

/** The table under "Direction of dependencies": `| `@rectify/x` | y, z | w |`, short names or — for none. */
function documentedTable(): Map<string, Row> {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const section = text.split('## Direction of dependencies')[1]?.split('\n## ')[0] ?? '';
  const names = (cell: string) =>
    new Set(
      cell
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && name !== '—')
        .map((name) => `@rectify/${name}`),
    );
  const table = new Map<string, Row>();
  for (const line of section.split('\n')) {
    // Cells are split rather than matched with fixed spacing: a Markdown formatter pads the columns.
    const [name, code, tests] = line
      .trim()
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const packageName = /^`(@rectify\/[a-z-]+)`$/.exec(name ?? '')?.[1];
    if (packageName && code !== undefined && tests !== undefined) {
      table.set(packageName, { code: names(code), tests: names(tests) });
    }
  }
  return table;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (SKIPPED_FOLDERS.has(name)) return [];
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Production code is `src/` without its tests; tests, test support outside `src/`, scripts and configs are the rest. */
function isCode(packageFolder: string, file: string): boolean {
  const path = relative(packageFolder, file);
  return path.startsWith('src/') && !/\.(test|browser\.test)\.tsx?$/.test(path);
}

interface Workspace {
  name: string;
  manifest: Set<string>;
  code: Set<string>;
  tests: Set<string>;
}

function workspacePackages(): Workspace[] {
  return ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(root, group)).map((folderName) => {
      const folder = join(root, group, folderName);
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
      const code = new Set<string>();
      const tests = new Set<string>();
      for (const file of filesUnder(folder)) {
        for (const [, name] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
          if (name === manifest.name || TOOLING.has(name!)) continue;
          (isCode(folder, file) ? code : tests).add(name!);
        }
      }
      for (const name of code) tests.delete(name);
      return {
        name: manifest.name as string,
        manifest: new Set(declared.filter((name) => name.startsWith('@rectify/') && !TOOLING.has(name))),
        code,
        tests,
      };
    }),
  );
}

const sorted = (names: Iterable<string>) => [...names].sort();

describe('the dependency table of ARCHITECTURE.md', () => {
  const table = documentedTable();
  const packages = workspacePackages();

  it('has one row for every package of apps/ and packages/', () => {
    expect(packages.length).toBeGreaterThan(8);
    expect(sorted(table.keys())).toEqual(sorted(packages.map((p) => p.name)));
  });

  it.each(packages.map((p) => [p.name, p] as const))('is what %s imports and declares', (name, workspace) => {
    const row = table.get(name);
    expect(row, `row of ${name}`).toBeDefined();
    expect(sorted(workspace.code), `${name}: imports in its code`).toEqual(sorted(row!.code));
    expect(sorted(workspace.tests), `${name}: imports only its tests and scripts add`).toEqual(
      sorted(row!.tests),
    );
    expect(sorted(workspace.manifest), `${name}: @rectify dependencies in package.json`).toEqual(
      sorted([...row!.code, ...row!.tests]),
    );
  });

  it('runs one way: no package reaches itself through the code of others', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycleFrom = (name: string, path: string[]): string[] | null => {
      if (visiting.has(name)) return [...path, name];
      if (done.has(name)) return null;
      visiting.add(name);
      for (const next of table.get(name)?.code ?? []) {
        const cycle = cycleFrom(next, [...path, name]);
        if (cycle) return cycle;
      }
      visiting.delete(name);
      done.add(name);
      return null;
    };
    for (const name of table.keys()) expect(cycleFrom(name, [])).toBeNull();
  });

  it('keeps the domain free of every other package', () => {
    expect(sorted(table.get('@rectify/domain')!.code)).toEqual([]);
  });
});
