/**
 * Whether an error means the database could not be reached or dropped the connection — as opposed to a
 * query it refused. Such a failure is the caller's to retry: the pool opens a new connection next time.
 * Looks through the wrappers (drizzle's DrizzleQueryError, GraphQL's originalError) to the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 8; depth++) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code)))
      return true;
    if (DRIVER_MESSAGES.test(e.message)) return true;
    e = (e as { originalError?: unknown }).originalError ?? e.cause;
  }
  return false;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server going away or not taking connections: class 08 (connection exception), 57P01–57P03
 * (terminated by an administrator, crash, cannot connect now), 53300 (too many connections), 3D000 (the
 * database does not exist yet).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300|3D000)$/;

/** node-postgres reports a dead or unreachable connection with these messages and no code. */
const DRIVER_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;
