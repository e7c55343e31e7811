import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeLedgerWorkbook } from '@rectify/ledger-io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const folders: string[] = [];

/** The command line on an embedded database in a folder of its own, whatever the environment says. */
function commandLine() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-cli-'));
  folders.push(dataDir);
  const cli = (...args: string[]) =>
    run('npx', ['tsx', 'src/main.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, DATABASE_URL: '', RECTIFY_DATA_DIR: dataDir },
    });
  return { dataDir, cli };
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the command line', () => {
  const { dataDir, cli } = commandLine();
  it('lists its commands', async () => {
    const { stdout } = await cli();
    expect(stdout).toMatch(/migrate/);
    expect(stdout).toMatch(/demo/);
    expect(stdout).toMatch(/create-admin/);
  });

  // Loading the demo runs every use case: over a minute when the machine is shared; the tests below need it.
  it('loads the demo ledger once and prints its counts', { timeout: 180_000 }, async () => {
    const first = await cli('demo');
    expect(first.stdout).toMatch(/tasks\s+184/);
    const second = await cli('demo');
    expect(second.stdout).toMatch(/tasks\s+184/);
  });

  // Each command starts tsx afresh: a few seconds each on a busy machine.
  it.each([
    ['docx', 'PK'],
    ['md', '# 中共佛山市委关于'],
    ['html', '<!doctype html>'],
  ] as const)(
    'writes the progress report of the demo ledger as %s',
    { timeout: 120_000 },
    async (format, magic) => {
      const out = path.join(dataDir, `report.${format}`);
      const { stdout } = await cli('report', '--format', format, '--out', out, '--as-of', '2018-11-26');
      expect(stdout).toMatch(/\d+ bytes/u);
      expect(readFileSync(out).subarray(0, Buffer.byteLength(magic)).toString('utf8')).toBe(magic);
      if (format === 'html') return;
      // Read back, the report gives the demo ledger's tree.
      const read = await cli('import-document', out);
      expect(read.stdout).toMatch(/issues 58 {2}tasks 184 {2}warnings 0/u);
      if (format === 'md') expect(readFileSync(out, 'utf8')).toContain('（截至2018年11月26日）');
    },
  );

  it('imports a document into the latest inspection only when told to commit', {
    timeout: 120_000,
  }, async () => {
    const doc = path.join(dataDir, 'feedback.txt');
    writeFileSync(doc, '反馈意见\n（一）方面\n1.问题\n（1）针对“表现”问题。一是措施甲。二是措施乙。\n');
    const dry = await cli('import-document', doc);
    expect(dry.stdout).toMatch(/issues 3 {2}tasks 2/u);
    expect(dry.stdout).not.toMatch(/imported/u);
    const done = await cli('import-document', doc, '--commit', 'yes');
    expect(done.stdout).toMatch(/imported into inspection \d+: issues 3 {2}tasks 2/u);
    // A second time the codes are taken: the whole draft is refused, naming the node by its path.
    await expect(cli('import-document', doc, '--commit', 'yes')).rejects.toMatchObject({
      stderr: expect.stringMatching(/issues\[0\]\.code/u),
    });
  });

  it('refuses bad report options with the usage', async () => {
    await expect(cli('report', '--format', 'pdf', '--out', 'x')).rejects.toMatchObject({
      stderr: expect.stringMatching(/usage: pnpm cli report --format docx\|md\|html/u),
    });
  });

  it('refuses an unknown command', async () => {
    await expect(cli('frobnicate')).rejects.toMatchObject({ code: 1 });
  });
});

// Each command starts a process (tsx, the database): slow on a busy machine, hence the long timeouts.
const SLOW = 240_000;

describe('spreadsheets on the command line', () => {
  // A database of its own: the documents imported above must not change the ledger exported here.
  const { dataDir, cli } = commandLine();
  const ledger = path.join(dataDir, 'ledger.xlsx');
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
