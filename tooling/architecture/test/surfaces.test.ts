import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Each package is used through what it chooses to export: its `exports` map, whose every entry names each
// export (no `export *`), and for @rectify/services an entry that keeps the kernel (authorize, audit,
// use-case, validation, versioned writes) inside, so that nothing outside the services writes around a use
// case.

const root = join(import.meta.dirname, '..', '..', '..');
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.turbo', 'artifacts', '.data']);
const SPECIFIER = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (SKIPPED_FOLDERS.has(name)) return [];
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A path, or conditions (`types`, `default`) that each name one. */
type ExportTarget = string | Record<string, string>;

interface Workspace {
  name: string;
  folder: string;
  manifest: { dependencies?: Record<string, string>; exports?: Record<string, ExportTarget> };
}

const workspaces: Workspace[] = ['apps', 'packages', 'tooling'].flatMap((group) =>
  readdirSync(join(root, group)).map((folderName) => {
    const folder = join(root, group, folderName);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    return { name: manifest.name as string, folder, manifest };
  }),
);
const byName = new Map(workspaces.map((w) => [w.name, w]));

/** `@rectify/x/y` → the package `@rectify/x` and the subpath `./y` its `exports` must list. */
function splitSpecifier(specifier: string): { name: string; subpath: string } {
  const [scope, name, ...rest] = specifier.split('/');
  return { name: `${scope}/${name}`, subpath: rest.length ? `./${rest.join('/')}` : '.' };
}

const isCode = (workspace: Workspace, file: string) =>
  relative(workspace.folder, file).startsWith('src/') && !/\.(test|browser\.test)\.tsx?$/.test(file);

describe('package surfaces', () => {
  it('imports another package only through a path its exports map lists, never a folder of it', () => {
    const offences: string[] = [];
    for (const workspace of workspaces) {
      for (const file of filesUnder(workspace.folder)) {
        for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
          const where = `${relative(root, file)}: ${specifier}`;
          if (specifier!.startsWith('.')) {
            // A relative path stays inside its own package.
            const target = resolve(dirname(file), specifier!);
            if (relative(workspace.folder, target).startsWith('..')) offences.push(where);
            continue;
          }
          if (!specifier!.startsWith('@rectify/')) continue;
          const { name, subpath } = splitSpecifier(specifier!);
          const exports = byName.get(name)?.manifest.exports ?? { '.': 'package.json main' };
          if (!(subpath in exports)) offences.push(where);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('names each export of every entry in an exports map (no export *), so that a new export is a decision', () => {
    const offences: string[] = [];
    for (const workspace of workspaces) {
      for (const target of Object.values(workspace.manifest.exports ?? {})) {
        for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
          const entry = join(workspace.folder, path);
          const file = ts.createSourceFile(entry, readFileSync(entry, 'utf8'), ts.ScriptTarget.Latest);
          for (const statement of file.statements) {
            // `export *` and `export * as x` both pass on whatever a file exports, now and later.
            const star =
              ts.isExportDeclaration(statement) &&
              (!statement.exportClause || ts.isNamespaceExport(statement.exportClause));
            if (star) offences.push(`${relative(root, entry)}: ${statement.getText(file)}`);
          }
        }
      }
    }
    expect(
      offences,
      'an entry names its exports, as in export { a, type B } from "./file.js" (see ARCHITECTURE.md)',
    ).toEqual([]);
  });

  it('gives the console only @rectify/domain among the workspace packages at run time', () => {
    const console = byName.get('@rectify/console')!;
    const runtime = Object.keys(console.manifest.dependencies ?? {}).filter((name) =>
      name.startsWith('@rectify/'),
    );
    expect(runtime).toEqual(['@rectify/domain']);
    const imported = new Set<string>();
    for (const file of filesUnder(console.folder).filter((f) => isCode(console, f))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        if (specifier!.startsWith('@rectify/')) imported.add(splitSpecifier(specifier!).name);
      }
    }
    expect([...imported]).toEqual(['@rectify/domain']);
  });
});

describe('the entry of @rectify/services', () => {
  const src = join(byName.get('@rectify/services')!.folder, 'src');
  const entry = join(src, 'index.ts');
  /**
   * What callers may see of the kernel, each on purpose: the context a use case runs in, its error, dates, and
   * the type of a use case (the API declares each mutation over one; defining one stays inside).
   */
  const PUBLIC_KERNEL = [
    'ServiceContext',
    'ServiceError',
    'UseCase',
    'isIsoDate',
    'todayOf',
    'unauthenticated',
  ];

  it('names every export (no export *), so that a new export is a decision', () => {
    const file = ts.createSourceFile(entry, readFileSync(entry, 'utf8'), ts.ScriptTarget.Latest);
    const stars = file.statements.filter((s) => ts.isExportDeclaration(s) && !s.exportClause);
    expect(stars.map((s) => s.getText(file))).toEqual([]);
  });

  /** Each named export of the entry, with the file (in src/) that must declare it, or the package it comes from. */
  function entryExports(): { name: string; from: string }[] {
    const file = ts.createSourceFile(entry, readFileSync(entry, 'utf8'), ts.ScriptTarget.Latest);
    return file.statements.flatMap((statement) => {
      if (!ts.isExportDeclaration(statement) || !statement.exportClause || !statement.moduleSpecifier)
        return [];
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const from = specifier.startsWith('.')
        ? relative(src, resolve(src, specifier.replace(/\.js$/, '.ts')))
        : specifier;
      const names = ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements : [];
      return names.map((element) => ({ name: (element.propertyName ?? element.name).text, from }));
    });
  }

  /** The names a file declares itself with `export` (a re-export from elsewhere is not a declaration). */
  function declaredIn(path: string): Set<string> {
    const file = ts.createSourceFile(path, readFileSync(join(src, path), 'utf8'), ts.ScriptTarget.Latest);
    const names = new Set<string>();
    for (const statement of file.statements) {
      const exported = ts.canHaveModifiers(statement)
        ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
        : false;
      if (!exported) continue;
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) names.add(d.name.getText(file));
      } else if ('name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) {
        names.add((statement.name as ts.Identifier).text);
      }
    }
    return names;
  }

  it('exports each name from the file that declares it, and of the kernel only its public names', () => {
    const exports = entryExports();
    expect(exports.length).toBeGreaterThan(100);
    const local = exports.filter((e) => !e.from.startsWith('@'));
    // Declared where it is exported from, so that no file of a feature passes the kernel on.
    expect(local.filter((e) => !declaredIn(e.from).has(e.name))).toEqual([]);
    const fromKernel = local.filter((e) => e.from.startsWith('kernel/')).map((e) => e.name);
    expect(fromKernel.sort()).toEqual(PUBLIC_KERNEL);
  });
});
