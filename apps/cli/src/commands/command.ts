import type { Database, DatabaseHandle } from '@rectify/db';

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** `handle` for commands that need more than drizzle (the job queue). */
  run(db: Database, args: string[], handle: DatabaseHandle): Promise<void>;
}
