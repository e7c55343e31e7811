import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@rectify/db';
import { userActor } from '@rectify/domain';
import { readLedgerWorkbook, writeLedgerWorkbook } from '@rectify/ledger-io';
import { listJobs, localFileStore } from '@rectify/services';
import { contextFor } from '@rectify/services/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseOptions } from '../src/env.js';
import { failure, runCli } from './support/cli-process.js';

// Each command starts a process (tsx, the database): seconds each on a busy machine; the timeouts catch a hang.
const SLOW = 240_000;

/** The command line on an embedded database in a folder of its own. */
const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-cli-'));
const cli = (...args: string[]) => runCli({ dataDir }, ...args);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the command line', () => {
  it('lists its commands', async () => {
    const { stdout } = await cli();
    expect(stdout).toMatch(/migrate/);
    expect(stdout).toMatch(/demo/);
    expect(stdout).toMatch(/create-admin/);
  });

  it('refuses a demo placed at a day that is none', async () => {
    const failed = await failure(cli('demo', '--dates', '2018-02-30'));
    expect(failed.stderr).toMatch(/usage: pnpm cli demo \[--dates today\|historical\|YYYY-MM-DD\]/u);
  });

  // Loading the demo runs every use case: over a minute when the machine is shared; the tests below need it.
  // Its dates are the seed's own, for the 2018 progress report below.
  it('loads the demo ledger once and prints its counts', { timeout: SLOW }, async () => {
    const first = await cli('demo', '--dates', 'historical');
    expect(first.stdout).toMatch(/tasks\s+183/);
    const second = await cli('demo', '--dates', 'historical');
    expect(second.stdout).toMatch(/tasks\s+183/);
  });

  it('runs the daily digest through the job queue, once per day however often it is sent', {
    timeout: SLOW,
  }, async () => {
    const first = await cli('digest', '2018-12-20');
    expect(first.stdout).toMatch(/每日提醒 daily digest 2018-12-20/);
    const created = (out: string) =>
      ['deadline-near reminders', 'overdue reminders', 'finding reminders'].map((what) =>
        Number(out.match(new RegExp(`(\\d+)  \\S+ / ${what}`))?.[1]),
      );
    expect(created(first.stdout).reduce((a, b) => a + b)).toBeGreaterThan(0);
    const second = await cli('digest', '2018-12-20');
    expect(created(second.stdout)).toEqual([0, 0, 0]);
    const handle = await openDatabase(databaseOptions({ RECTIFY_DATA_DIR: dataDir }));
    try {
      const jobs = await listJobs(contextFor(handle.db, userActor('ADMIN', 1)), { kind: 'DAILY_DIGEST' });
      expect(jobs.map((j) => [j.state, j.attempts])).toEqual([
        ['COMPLETED', 1],
        ['COMPLETED', 1],
      ]);
    } finally {
      await handle.close();
    }
  });

  // The spreadsheets come first: the document imported further down changes the ledger they export.
  const ledger = path.join(dataDir, 'ledger.xlsx');
  it(
    'exports the ledger as .xlsx',
    async () => {
      const { stdout } = await cli('export', 'ledger', ledger);
      expect(stdout).toMatch(/整改台账 \/ Ledger: 240 rows/);
      expect(existsSync(ledger)).toBe(true);
      // The deadlines as the seed prints them: the demo was loaded with its historical dates.
      const { rows } = await readLedgerWorkbook(readFileSync(ledger));
      const deadlines = new Set(rows.map((row) => row.deadline).filter((day) => day != null));
      expect(deadlines).toContain('2018-11-24');
      expect(deadlines).toContain('2018-12-31');
    },
    SLOW,
  );

  it(
    'previews a re-import with --dry-run: every row unchanged',
    async () => {
      const { stdout } = await cli('import', ledger, '--dry-run');
      expect(stdout).toMatch(/预览 preview/);
      expect(stdout).toMatch(/240\s+不变 \/ Unchanged/);
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
      const failed = await failure(cli('import', bad));
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/第2行“责任领导”（D2）：没有名为“无此人”的领导/);
      expect(failed.stderr).toMatch(/row 2, Responsible units \(E2\): no unit is named/);
      const { stdout } = await cli('import', ledger, '--dry-run');
      expect(stdout).toMatch(/0\s+新增 \/ Create/);
    },
    SLOW,
  );

  it.each([
    ['docx', 'PK'],
    ['md', '# 中共佛山市委关于'],
    ['html', '<!doctype html>'],
  ] as const)(
    'writes the progress report of the demo ledger as %s',
    { timeout: SLOW },
    async (format, magic) => {
      const out = path.join(dataDir, `report.${format}`);
      const { stdout } = await cli('report', '--format', format, '--out', out, '--as-of', '2018-11-26');
      expect(stdout).toMatch(/\d+ bytes/u);
      expect(readFileSync(out).subarray(0, Buffer.byteLength(magic)).toString('utf8')).toBe(magic);
      if (format === 'html') return;
      // Read back, the report gives the demo ledger's tree.
      const read = await cli('import-document', out);
      expect(read.stdout).toMatch(/issues 57 {2}tasks 183 {2}warnings 0/u);
      if (format === 'md') expect(readFileSync(out, 'utf8')).toContain('（截至2018年11月26日）');
    },
  );

  it('imports a document into the latest inspection only when told to commit', {
    timeout: SLOW,
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

  it('lists the files no record refers to on a dry run, then removes them', { timeout: SLOW }, async () => {
    const store = localFileStore(dataDir);
    const orphan = await store.put(new TextEncoder().encode(`%PDF-1.4\n% 无人引用 ${Date.now()}\n%%EOF\n`));
    const dry = await cli('collect-files', '--dry-run', '--min-age-hours', '0');
    expect(dry.stdout).toMatch(new RegExp(`^would remove  ${orphan.sha256}  ${orphan.size}  `, 'm'));
    expect(dry.stdout).toMatch(/kept [1-9]\d* {2}unreferenced 1 /u);
    expect(await store.open(orphan.sha256)).not.toBeNull();
    const done = await cli('collect-files', '--min-age-hours', '0');
    expect(done.stdout).toMatch(new RegExp(`^removed  ${orphan.sha256}`, 'm'));
    expect(await store.open(orphan.sha256)).toBeNull();
    // Only the orphan: the demo's evidence files, which records refer to, are kept.
    expect(done.stdout).toMatch(/kept [1-9]\d* {2}removed 1 /u);
  });

  it('refuses bad report options with the usage', async () => {
    await expect(cli('report', '--format', 'pdf', '--out', 'x')).rejects.toMatchObject({
      stderr: expect.stringMatching(/usage: pnpm cli report --format docx\|md\|html/u),
    });
  });

  it('creates the first discipline officer with a password, which an administrator cannot', async () => {
    const env = { RECTIFY_USER_PASSWORD: 'a-long-enough-secret-9' };
    const made = await runCli({ dataDir, env }, 'create-user', 'DISCIPLINE', 'jiwei1', '纪检一');
    expect(made.stdout).toMatch(/^created DISCIPLINE jiwei1 \(id \d+\)$/m);
    const wrong = await failure(runCli({ dataDir, env }, 'create-user', 'CHIEF', 'x', 'y'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/usage: RECTIFY_USER_PASSWORD=… pnpm cli create-user <role>.*DISCIPLINE/);
    const taken = await failure(runCli({ dataDir, env }, 'create-user', 'OFFICE', 'jiwei1', '重名'));
    expect(taken.stderr).toMatch(/username: 用户名“jiwei1”已被使用 \/ the username "jiwei1" is taken/);
  });

  // Its own folder: the benchmark ledger and accounts stay out of the demo's database.
  it('loads the benchmark ledger at a factor, once, and refuses a factor that is none', {
    timeout: SLOW,
  }, async () => {
    const scaleDir = mkdtempSync(path.join(tmpdir(), 'rectify-cli-scale-'));
    try {
      const scale = (...args: string[]) => runCli({ dataDir: scaleDir }, 'scale', ...args);
      const wrong = await failure(scale('--factor', 'many'));
      expect(wrong.stderr).toMatch(/usage: pnpm cli scale \[--seed N\] \[--factor F\]/u);
      const first = await scale('--factor', '1', '--seed', '5');
      expect(first.stdout).toMatch(/^tasks\s+200$/m);
      expect(first.stdout).toMatch(/^progressReports\s+2000$/m);
      expect(first.stdout).toMatch(/bench\.unit \(UNIT of .+, \d+ overdue tasks\)/u);
      const again = await scale('--factor', '1', '--seed', '5');
      expect(again.stdout).toMatch(/a scale ledger is loaded already: .*200项任务,种子5/u);
    } finally {
      rmSync(scaleDir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown command', async () => {
    await expect(cli('frobnicate')).rejects.toMatchObject({ code: 1 });
  });
});
