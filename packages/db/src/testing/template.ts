import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase } from '../client.js';

/**
 * Test databases start from a migrated template rather than from initdb and every migration (some 3 s per
 * test file on a busy machine, most of a small file's time). A template is named by a hash of what it is
 * made from — the migrations, PGlite's version, and for a filled template (the demo ledger) its own key — so
 * a change makes a new one and a stale one is never used.
 */
export interface TestTemplate {
  /** A hash of everything `fill` depends on beyond the migrations. */
  key: string;
  /** Writes the template's content into a freshly migrated database. */
  fill(db: Database): Promise<void>;
  /** Whether what `fill` kept outside the database (files) is still there; when not, the template is rebuilt. */
  intact?(): boolean;
}

/** A hash of the files under some folders (a template's sources), for a template's key. */
export function hashOfFiles(folders: string[], accept: (name: string) => boolean): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
      if (accept(name)) hash.update(name).update(readFileSync(path.join(folder, name)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

const migratedKey = (() => {
  const hash = createHash('sha256');
  // PGlite's installed path names its version (node_modules/.pnpm/@electric-sql+pglite@x.y.z/…).
  hash.update(realpathSync(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
  hash.update(hashOfFiles([MIGRATIONS_FOLDER], (name) => /\.(sql|json)$/.test(name)));
  return hash.digest('hex').slice(0, 12);
})();

const nameOf = (template?: TestTemplate) => (template ? `${migratedKey}_${template.key}` : migratedKey);

const dumps = new Map<string, Promise<Blob>>();

/**
 * A PGlite template as a dump of its data folder, shared by every test process of a run through a file in the
 * temporary folder. Written to a private name and renamed, so a reader never sees half a file; two processes
 * that build it at once both write the same thing.
 */
export function pgliteTemplateDump(template?: TestTemplate): Promise<Blob> {
  const name = nameOf(template);
  let dump = dumps.get(name);
  if (!dump) {
    dump = (async () => {
      const file = path.join(tmpdir(), `rectify-test-template-${name}.tar`);
      if (!existsSync(file) || template?.intact?.() === false) {
        const handle = template
          ? await openDatabase({ loadDataDir: await pgliteTemplateDump() })
          : await openDatabase({});
        try {
          await template?.fill(handle.db);
          const client = (handle.db as unknown as { $client: PGlite }).$client;
          const content = await client.dumpDataDir('none');
          const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
          writeFileSync(partial, Buffer.from(await content.arrayBuffer()));
          renameSync(partial, file);
        } finally {
          await handle.close();
        }
      }
      return new Blob([readFileSync(file)]);
    })();
    dumps.set(name, dump);
  }
  return dump;
}

/**
 * A PostgreSQL template database on this server, made once (an advisory lock keeps two test processes from
 * making it together) and copied by `create database … template …` for each test file.
 */
export async function postgresTemplate(serverUrl: string, template?: TestTemplate): Promise<string> {
  const name = `rectify_template_${nameOf(template)}`;
  const base = template ? await postgresTemplate(serverUrl) : null;
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('select pg_advisory_lock(7243002)');
    try {
      const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount && template?.intact?.() !== false) return;
      await admin.query(`drop database if exists ${name} with (force)`);
      // Built under another name and renamed: a failed run never leaves a half-made template behind.
      const building = `${name}_b${process.pid}`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}${base ? ` template ${base}` : ''}`);
      const handle: DatabaseHandle = await openDatabase({
        url: databaseUrl(serverUrl, building),
        poolSize: 1,
      });
      try {
        await template?.fill(handle.db);
      } finally {
        await handle.close();
      }
      await admin.query(`alter database ${building} rename to ${name}`);
    } finally {
      await admin.query('select pg_advisory_unlock(7243002)');
    }
  });
  return name;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(serverUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
