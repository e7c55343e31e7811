import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root: the nearest folder, from `from` upwards, that holds pnpm-workspace.yaml. */
export function findRepoRoot(from: string | URL = import.meta.url): string {
  const start = from instanceof URL || from.startsWith('file:') ? fileURLToPath(from) : from;
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${start}`);
  }
}

/**
 * The seed document — the real 2018 progress report the demo ledger comes from — kept as this package's
 * fixture, byte for byte as published (web-page clutter included), so that the tests need nothing outside
 * the repository.
 */
export function seedDocumentPath(): string {
  return fileURLToPath(new URL('../../../fixtures/foshan-rectification-progress-2018.txt', import.meta.url));
}

export function readSeedDocument(): string {
  return readFileSync(seedDocumentPath(), 'utf8');
}
