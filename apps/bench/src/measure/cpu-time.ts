import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

// CPU time spent, rather than wall time: on a busy machine throughput swings with the neighbours' load, but
// the CPU a request costs the server and PostgreSQL stays put, so it tells where time goes and what changed.

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** User + system CPU time of a process so far, in ms (/proc/<pid>/stat, fields 14 and 15). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU time of the PostgreSQL backends serving one database (the server runs on this machine). */
export class DatabaseCpu {
  private constructor(
    private readonly client: pg.Client,
    private readonly database: string,
  ) {}

  static async connect(url: string): Promise<DatabaseCpu> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new DatabaseCpu(client, new URL(url).pathname.slice(1));
  }

  /** CPU ms so far of each backend connected to the database, by pid (this connection left out). */
  async snapshot(): Promise<Map<number, number>> {
    const { rows } = await this.client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [this.database],
    );
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        out.set(pid, processCpuMs(pid));
      } catch {
        // The backend ended between the query and the read.
      }
    }
    return out;
  }

  /** CPU ms spent since `before` by the backends alive now (a backend that started since counts whole). */
  async since(before: Map<number, number>): Promise<number> {
    let total = 0;
    for (const [pid, ms] of await this.snapshot()) total += ms - (before.get(pid) ?? 0);
    return total;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
