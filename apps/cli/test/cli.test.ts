import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
