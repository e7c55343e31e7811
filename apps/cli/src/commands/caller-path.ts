import path from 'node:path';

/**
 * A file named on the command line, from the folder the command was typed in: `pnpm cli` runs in apps/cli,
 * and pnpm passes the caller's folder as INIT_CWD.
 */
export const callerPath = (file: string): string => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
