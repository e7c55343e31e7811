import { type DestinationStream, type Logger, pino } from 'pino';
import type { ApiEnv } from './env.js';

export type { Logger };

/**
 * What is never written to a log, whatever object reaches it: credentials, and the confidential fields of a
 * clue case (who is reported, who reported, the matter). The access line never carries them in the first
 * place (request-log.ts); this list catches an object logged by mistake.
 */
const REDACTED_PATHS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'jwtSecret',
  'authorization',
  'cookie',
  'subject',
  'informant',
  'summary',
  'variables',
  'params',
  'query',
].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/** JSON lines (production) or human-readable lines (development), at the configured level. */
export async function createLogger(
  settings: Pick<ApiEnv, 'logLevel' | 'logFormat'>,
  destination?: DestinationStream,
): Promise<Logger> {
  const options = {
    level: settings.logLevel,
    base: { pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError },
  };
  if (destination) return pino(options, destination);
  if (settings.logFormat === 'pretty') {
    // In-process (no worker thread), and loaded only when asked for.
    const { default: pretty } = await import('pino-pretty');
    return pino(options, pretty({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', sync: true }));
  }
  // Synchronous: pino's asynchronous stdout may still be writing one line when the process exits, and the
  // flush at exit then writes the next ones first (a shutdown's 'stopped' came out before its 'stopping').
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/** A logger that writes nothing: the default of servers started by tests and the benchmark. */
export const silentLogger = (): Logger => pino({ level: 'silent' });

/**
 * An error as a log shows it: the innermost cause's type, code and message, the wrappers' names, and the
 * stack frames. Never a wrapper's message or properties: drizzle's DrizzleQueryError puts the statement's
 * parameters — the values a user typed — into its message, and PostgreSQL's `detail` repeats a row's values.
 */
function serializeError(error: unknown): Record<string, unknown> {
  const chain: Error[] = [];
  for (let e = error; e instanceof Error && chain.length < 8; ) {
    chain.push(e);
    e = (e as { originalError?: unknown }).originalError ?? e.cause;
  }
  const root = chain.at(-1);
  if (!root) return { type: typeof error, message: String(error).slice(0, 200) };
  const { code, constraint, table, column } = root as unknown as Partial<Record<string, unknown>>;
  return {
    type: root.name,
    ...(chain.length > 1 && { via: chain.slice(0, -1).map((e) => e.name) }),
    ...(code !== undefined && { code }),
    ...(constraint !== undefined && { constraint, table, column }),
    message: root.message.split('\n')[0],
    stack: framesOf(chain[0] as Error),
  };
}

/** The "at …" lines of a stack, without its header (which repeats the message). */
function framesOf(error: Error): string {
  const stack = error.stack ?? '';
  const header = `${error.name}: ${error.message}`;
  return (stack.startsWith(header) ? stack.slice(header.length) : stack)
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .map((line) => line.trim())
    .join('\n');
}
