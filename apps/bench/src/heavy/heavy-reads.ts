import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../servers/build-server.js';
import type { HeavyRead, HeavyReadResult } from './heavy-read-kinds.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Each heavy read asked for in a fresh process of its own (heavy-read-process.ts, bundled like the servers). */
export async function measureHeavyReads(databaseUrl: string, kinds: HeavyRead[]): Promise<HeavyReadResult[]> {
  const bundle = await buildServer(path.join(here, 'heavy-read-process.ts'));
  try {
    const results: HeavyReadResult[] = [];
    for (const what of kinds) {
      results.push(await runOne(bundle, what, databaseUrl));
    }
    return results;
  } finally {
    rmSync(path.dirname(bundle), { recursive: true, force: true });
  }
}

function runOne(bundle: string, what: HeavyRead, databaseUrl: string): Promise<HeavyReadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(bundle, [what], {
      cwd: here,
      env: { ...process.env, NODE_ENV: 'production', BENCH_DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`${what}: exit ${code}: ${out}`));
      resolve(JSON.parse(line) as HeavyReadResult);
    });
  });
}
