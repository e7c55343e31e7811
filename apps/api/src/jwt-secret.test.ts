import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveJwtSecret, SECRET_FILE } from './jwt-secret.js';

const root = mkdtempSync(path.join(tmpdir(), 'rectify-secret-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the signing secret of a data folder', () => {
  it('is made at random for each data folder, kept in a file only its owner reads, and reused', () => {
    const one = path.join(root, 'one');
    const two = path.join(root, 'two', 'nested');
    const first = resolveJwtSecret(undefined, one);
    const other = resolveJwtSecret(undefined, two);
    expect(first).not.toBe(other);
    expect(first.length).toBeGreaterThanOrEqual(32);
    for (const dir of [one, two]) expect(statSync(path.join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(resolveJwtSecret(undefined, one)).toBe(first);
    expect(readFileSync(path.join(one, SECRET_FILE), 'utf8')).toBe(first);
  });

  it('is not made when a secret is configured', () => {
    const dir = path.join(root, 'configured');
    expect(resolveJwtSecret('c'.repeat(40), dir)).toBe('c'.repeat(40));
    expect(() => statSync(path.join(dir, SECRET_FILE))).toThrow(/ENOENT/);
  });

  it('closes a secret file that others could read', () => {
    const dir = path.join(root, 'loose');
    const secret = resolveJwtSecret(undefined, dir);
    chmodSync(path.join(dir, SECRET_FILE), 0o644);
    expect(resolveJwtSecret(undefined, dir)).toBe(secret);
    expect(statSync(path.join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
  });
});
