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

/** The seed document lives in shared/, beside the repository (../shared from its root), in CI as here. */
export function seedDocumentPath(from?: string | URL): string {
  return path.resolve(findRepoRoot(from), '../shared/seed/foshan-rectification-progress-2018.txt');
}

export function readSeedDocument(from?: string | URL): string {
  return readFileSync(seedDocumentPath(from), 'utf8');
}
