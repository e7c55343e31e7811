import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, hashOfFiles, type TestDatabase, type TestTemplate } from '@rectify/db/testing';
import { type FileStore, LocalFileStore } from '@rectify/services';
import { loadDemoLedger } from '../load-demo-ledger.js';

const packages = path.resolve(import.meta.dirname, '../../..');

/** The demo ledger depends on the code that writes it and on its data files: a change to either makes a new one. */
const key = hashOfFiles(
  ['domain/src', 'db/src', 'services/src', 'demo/src', 'demo/data'].map((folder) =>
    path.join(packages, folder),
  ),
  (name) => /\.(ts|json)$/.test(name) && !name.endsWith('.test.ts'),
);
/** The evidence files the demo's workflow uploads, kept beside the template for the tests that read them. */
const filesDir = path.join(tmpdir(), `rectify-test-demo-files-${key}`);

const DEMO_TEMPLATE: TestTemplate = {
  key,
  fill: async (db) => {
    await loadDemoLedger(db, { files: new LocalFileStore(filesDir) });
  },
  intact: () => existsSync(filesDir),
};

/**
 * A test database holding the demo ledger, as `loadDemoLedger` writes it, copied from a template made once per
 * run (loading the demo takes half a minute on a busy machine). Its evidence files are put into `files`.
 * The tests of the loader itself load it for real.
 */
export async function createDemoTestDatabase(files?: FileStore): Promise<TestDatabase> {
  const database = await createTestDatabase(DEMO_TEMPLATE);
  if (files) {
    for (const name of readdirSync(filesDir, { recursive: true, encoding: 'utf8' })) {
      if (/[0-9a-f]{64}$/.test(name)) await files.put(readFileSync(path.join(filesDir, name)));
    }
  }
  return database;
}
