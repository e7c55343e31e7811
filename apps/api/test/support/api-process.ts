import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ApiProcess {
  child: ChildProcess;
  /** Every JSON log line so far. */
  lines: Record<string, unknown>[];
  /** Everything written to stderr. */
  stderr(): string;
  /** Resolves with the first log line the predicate accepts. */
  waitFor(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** The API's own process as `pnpm --filter @rectify/api start` runs it (tsx src/main.ts), logging JSON. */
export function spawnApi(
  env: Record<string, string>,
  command: string[] = ['node_modules/.bin/tsx', 'src/main.ts'],
) {
  const [program, ...args] = command;
  const child = spawn(program!, args, {
    cwd: apiDir,
    env: { ...process.env, RECTIFY_LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return watch(child);
}

export function watch(child: ChildProcess): ApiProcess {
  const lines: Record<string, unknown>[] = [];
  const waiters: {
    predicate: (line: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }[] = [];
  let buffered = '';
  let errors = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const text of parts) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as Record<string, unknown>;
      lines.push(line);
      for (const waiter of [...waiters])
        if (waiter.predicate(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  // 'close', not 'exit': a process may exit before its last lines have been read from the pipe.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return {
    child,
    lines,
    stderr: () => errors,
    exited,
    waitFor(predicate, timeoutMs = 180_000) {
      const seen = lines.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no such log line in ${timeoutMs} ms: ${errors}`)),
          timeoutMs,
        );
        waiters.push({
          predicate,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then((code) =>
          reject(new Error(`the API exited (${code}) before that log line: ${errors.slice(-2000)}`)),
        );
      });
    },
  };
}

/** The port a started API reports in its settings line. */
export const portOf = async (api: ApiProcess) =>
  Number((await api.waitFor((l) => l.msg === 'settings')).port);
