import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeLedgerWorkbook } from '@rectify/ledger-io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

// Each command starts a process (tsx, the database): slow on a busy machine, hence the long timeouts.
const SLOW = 240_000;

describe('spreadsheets on the command line', () => {
  const ledger = path.join(dataDir, 'ledger.xlsx');
  // The demo ledger, loaded once for the file (a no-op when the test above loaded it).
  beforeAll(() => cli('demo'), SLOW);

  it(
    'exports the ledger as .xlsx',
    async () => {
      const { stdout } = await cli('export', 'ledger', ledger);
      expect(stdout).toMatch(/整改台账 \/ Ledger: 242 rows/);
      expect(existsSync(ledger)).toBe(true);
    },
    SLOW,
  );

  it(
    'previews a re-import with --dry-run: every row unchanged',
    async () => {
      const { stdout } = await cli('import', ledger, '--dry-run');
      expect(stdout).toMatch(/预览 preview/);
      expect(stdout).toMatch(/242\s+不变 \/ Unchanged/);
      expect(stdout).toMatch(/0\s+新增 \/ Create/);
    },
    SLOW,
  );

  it(
    'refuses a bad sheet, naming each cell, and exits 1',
    async () => {
      const bad = path.join(dataDir, 'bad.xlsx');
      const row = {
        level: 'task' as const,
        problem: '',
        progress: '',
        status: '',
        deadline: null,
        term: null,
      };
      const content = await writeLedgerWorkbook({
        kind: 'TASKS',
        rows: [{ ...row, key: '二(一)1.(1)-9', measure: '新增措施', leader: '无此人', units: ['无此单位'] }],
        createdAt: new Date(),
      });
      writeFileSync(bad, content);
      const failed = await cli('import', bad).catch((error: { code: number; stderr: string }) => error);
      expect(failed).toMatchObject({ code: 1 });
      expect((failed as { stderr: string }).stderr).toMatch(/第2行“责任领导”\(D2\):没有名为“无此人”的领导/);
      expect((failed as { stderr: string }).stderr).toMatch(
        /row 2, Responsible units \(E2\): no unit is named/,
      );
      const { stdout } = await cli('import', ledger, '--dry-run');
      expect(stdout).toMatch(/0\s+新增 \/ Create/);
    },
    SLOW,
  );
});
