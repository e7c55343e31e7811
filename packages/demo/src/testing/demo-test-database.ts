import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, hashOfFiles, type TestDatabase, type TestTemplate } from '@rectify/db/testing';
import { type FileStore, LocalFileStore } from '@rectify/services';
import { type DemoDates, demoAsOfDay } from '../demo-dates.js';
import { loadDemoLedger } from '../load-demo-ledger.js';

const packages = path.resolve(import.meta.dirname, '../../..');

/** The demo ledger depends on the code that writes it and on its data files: a change to either makes a new one. */
const sources = hashOfFiles(
  ['domain/src', 'db/src', 'services/src', 'demo/src', 'demo/data'].map((folder) =>
    path.join(packages, folder),
  ),
  (name) => /\.(ts|json)$/.test(name) && !name.endsWith('.test.ts'),
);

/**
 * One template per day the demo's dates are placed at (a ledger placed for yesterday is not today's), with the
 * evidence files the demo's workflow uploads kept beside it for the tests that read them.
 */
function demoTemplate(asOfDay: string): { template: TestTemplate; filesDir: string } {
  const key = `${sources}_${asOfDay.replaceAll('-', '')}`;
  const filesDir = path.join(tmpdir(), `rectify-test-demo-files-${key}`);
  const template: TestTemplate = {
    key,
    fill: async (db) => {
      await loadDemoLedger(db, { dates: asOfDay, files: new LocalFileStore(filesDir) });
    },
    intact: () => existsSync(filesDir),
  };
  return { template, filesDir };
}

/**
 * A test database holding the demo ledger, as `loadDemoLedger` writes it, copied from a template made once per
 * run (loading the demo takes half a minute on a busy machine). Its evidence files are put into `files`.
 * The dates are the seed's own (2018) unless asked otherwise: the tests state the seed's figures.
 * The tests of the loader itself load it for real.
 */
export async function createDemoTestDatabase(
  files?: FileStore,
  dates: DemoDates = 'historical',
): Promise<TestDatabase> {
  const { template, filesDir } = demoTemplate(demoAsOfDay(dates, new Date()));
  const database = await createTestDatabase(template);
  if (files) {
    for (const name of readdirSync(filesDir, { recursive: true, encoding: 'utf8' })) {
      if (/[0-9a-f]{64}$/.test(name)) await files.put(readFileSync(path.join(filesDir, name)));
    }
  }
  return database;
}
