import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildServer } from './build-server.js';
import type { ChildMessage, ServerStats } from './child-protocol.js';

export interface ChildServer {
  pid: number;
  url: string;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

/**
 * Bundles a server entry to JavaScript (build-server.ts), forks it on plain `node` (so that `pid` is the
 * server itself) and waits until it listens.
 */
export async function startChildServer(
  entry: string,
  options: { cwd: string; env: Record<string, string> },
): Promise<ChildServer> {
  const bundle = await buildServer(entry);
  // The bundle is loaded once the process runs; its folder goes when the process ends, however it ends.
  const removeBundle = () => rmSync(path.dirname(bundle), { recursive: true, force: true });
  const child = fork(bundle, [], {
    cwd: options.cwd,
    // As deployed: the API's production settings come with NODE_ENV=production, which also turns off
    // graphql-js's development checks (its instanceOf guard runs for every field otherwise).
    env: { ...process.env, NODE_ENV: 'production', ...options.env },
    // BENCH_CPU_PROF_DIR: write a V8 CPU profile of each server there when it stops (node --cpu-prof).
    execArgv: process.env.BENCH_CPU_PROF_DIR
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
      : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('exit', removeBundle);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before listening`)));
    child.on('message', (message: ChildMessage) => {
      if (message.kind === 'listening') resolve(message.port);
    });
  });
  child.removeAllListeners('exit');
  child.on('exit', removeBundle);
  return {
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    stats: () => requestStats(child),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function requestStats(child: ChildProcess): Promise<ServerStats> {
  return new Promise((resolve) => {
    const onMessage = (message: ChildMessage) => {
      if (message.kind !== 'stats') return;
      child.off('message', onMessage);
      resolve({ statements: message.statements, requests: message.requests });
    };
    child.on('message', onMessage);
    child.send({ kind: 'stats' });
  });
}
