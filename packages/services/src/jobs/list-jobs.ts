import { type Executor, queryRows } from '@rectify/db';
import { JobKind, JobState } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';

/** A job as the jobs page shows it. */
export interface JobView {
  id: string;
  kind: JobKind;
  state: JobState;
  /** Attempts started so far (a retry is one more). */
  attempts: number;
  /** Attempts allowed after the first. */
  retryLimit: number;
  createdAt: Date;
  /** When its next attempt may start (a retry's backoff). */
  startAfter: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** The message of the error its last failed attempt threw, while it has not completed. */
  error: string | null;
}

/** The state and last error of some jobs of a kind, for a feature's own view of its jobs (no permission). */
export async function readJobStates(
  db: Executor,
  kind: JobKind,
  ids: string[],
): Promise<{ id: string; state: JobState; error: string | null }[]> {
  if (ids.length === 0 || !(await queueInstalled(db))) return [];
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const columns = sql`id::text, upper(state::text) as state,
    case when state <> 'completed' then output->>'message' end as error`;
  const where = sql`name = ${kind} and id in (${list})`;
  return queryRows(
    db,
    sql`select ${columns} from pgboss.job where ${where}
      union all select ${columns} from pgboss.archive where ${where}`,
  );
}

/** Until a queue has started once (or with RECTIFY_JOBS=off from the start) there are no jobs to show. */
async function queueInstalled(db: Executor): Promise<boolean> {
  const [installed] = await queryRows<{ table: string | null }>(
    db,
    sql`select to_regclass('pgboss.archive')::text as "table"`,
  );
  return installed?.table != null;
}

export interface JobFilter {
  id?: string | undefined;
  state?: JobState | undefined;
  kind?: JobKind | undefined;
}

/** The newest jobs first, from the queue and its archive (pg-boss keeps finished jobs there for a week). */
export async function listJobs(ctx: ServiceContext, filter: JobFilter = {}, limit = 100): Promise<JobView[]> {
  authorize(ctx.actor, 'job.read');
  if (!(await queueInstalled(ctx.db))) return [];
  const kinds = sql.join(
    JobKind.values.map((k) => sql`${k}`),
    sql`, `,
  );
  const conditions = [
    sql`name in (${kinds})`,
    ...(filter.state ? [sql`state::text = ${filter.state.toLowerCase()}`] : []),
    ...(filter.kind ? [sql`name = ${filter.kind}`] : []),
    ...(filter.id ? [sql`id::text = ${filter.id}`] : []),
  ];
  const where = sql.join(conditions, sql` and `);
  const columns = sql`id::text, name, upper(state::text) as state,
    retry_count + (started_on is not null)::int as attempts, retry_limit as "retryLimit",
    created_on as "createdAt", start_after as "startAfter", started_on as "startedAt",
    completed_on as "completedAt",
    case when state <> 'completed' then output->>'message' end as error`;
  const rows = await queryRows<Omit<JobView, 'kind'> & { name: JobKind }>(
    ctx.db,
    sql`select * from (
      select ${columns} from pgboss.job where ${where}
      union all select ${columns} from pgboss.archive where ${where}
    ) jobs order by "createdAt" desc, id limit ${limit}`,
  );
  return rows.map(({ name, ...row }) => ({
    ...row,
    kind: name,
    createdAt: new Date(row.createdAt),
    startAfter: new Date(row.startAfter),
    startedAt: row.startedAt == null ? null : new Date(row.startedAt),
    completedAt: row.completedAt == null ? null : new Date(row.completedAt),
  }));
}
