import type { Database } from '@rectify/db';

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(db: Database, args: string[]): Promise<void>;
}
