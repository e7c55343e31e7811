import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { createLogger, type Logger } from '../../src/logger.js';

/** A logger whose JSON lines a test reads back. */
export async function capturedLogger(): Promise<{
  logger: Logger;
  lines: Record<string, unknown>[];
  text(): string;
}> {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      done();
    },
  });
  const logger = await createLogger({ logLevel: 'info', logFormat: 'json' }, stream);
  return {
    logger,
    get lines() {
      return raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => raw.join(''),
  };
}

/**
 * Where a test's API keeps its data: a temporary data folder, and with DATABASE_URL a PostgreSQL database of
 * its own on that server (created empty: the API migrates it), dropped at the end.
 */
export async function freshPlace(): Promise<{
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rectify-ops-'));
  const server = process.env.DATABASE_URL;
  if (!server) return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const name = `rectify_ops_${process.pid}_${Math.random().toString(16).slice(2, 10)}`;
  await adminQuery(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    async drop() {
      await adminQuery(server, `drop database if exists ${name} with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function adminQuery(
  serverUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}
