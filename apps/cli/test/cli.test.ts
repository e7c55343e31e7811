import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-cli-'));
const cli = (...args: string[]) =>
  run('npx', ['tsx', 'src/main.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '..'),
    // The embedded database in a folder of its own, whatever the environment says.
    env: { ...process.env, DATABASE_URL: '', RECTIFY_DATA_DIR: dataDir },
  });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the command line', () => {
  it('lists its commands', async () => {
    const { stdout } = await cli();
    expect(stdout).toMatch(/migrate/);
    expect(stdout).toMatch(/demo/);
    expect(stdout).toMatch(/create-admin/);
  });

  it('loads the demo ledger once and prints its counts', async () => {
    const first = await cli('demo');
    expect(first.stdout).toMatch(/tasks\s+184/);
    const second = await cli('demo');
    expect(second.stdout).toMatch(/tasks\s+184/);
  });

  it('refuses an unknown command', async () => {
    await expect(cli('frobnicate')).rejects.toMatchObject({ code: 1 });
  });
});
