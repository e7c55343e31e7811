import pg from 'pg';

// Issue 20's write benchmark: reporting progress (the report and its audit event) from concurrent clients,
// through Rectify's GraphQL API and through the floor — the same two inserts, in one transaction, by hand.

export interface WriteResult {
  writer: 'floor' | 'Rectify';
  clients: number;
  writes: number;
  writesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Reports written with a marker the run did not send twice, and missing ones (sent, answered, absent). */
  lost: number;
  duplicated: number;
  /** Reports of the run without their audit event. */
  withoutAudit: number;
}

export interface WriteOptions {
  clients: number;
  writesPerClient: number;
  /** The lead unit whose in-progress tasks the clients report on (its UNIT account's token for Rectify). */
  unitId: number;
  token: string;
  /** The UNIT account's user id, which the floor records as the reporter. */
  userId: number;
}

const PERIOD = '2026-11-30';

const REPORT = `mutation Report($input: ReportProgressInput!) {
  reportProgress(input: $input) { progressReport { id } errors { message } }
}`;

/** The floor's write: the report and its audit event (the report's row as JSON), one statement, one transaction. */
const FLOOR_WRITE = `with r as (
  insert into progress_reports (task_id, unit_id, period, text, percent, reported_by_id, reported_at)
  values ($1, $2, $3, $4, $5, $6, now()) returning *)
insert into audit_events (actor_user_id, action, entity, entity_id, after)
select $6, 'progress.report', 'progressReport', r.id::text, to_jsonb(r) from r returning entity_id`;

export async function measureWrites(databaseUrl: string, rectifyUrl: string, options: WriteOptions) {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    // Tasks already started, so that a report is the same two inserts for both writers.
    const tasks = (
      await admin.query<{ id: number }>(
        `select id from tasks where lead_unit_id = $1 and status = 'IN_PROGRESS' order by id`,
        [options.unitId],
      )
    ).rows.map((r) => r.id);
    if (tasks.length === 0) throw new Error(`unit ${options.unitId} leads no task in progress`);
    const runId = Date.now().toString(36);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: options.clients });
    const floor = await run('floor', options, tasks, `${runId}f`, async (input) => {
      const { rows } = await pool.query(FLOOR_WRITE, [
        input.taskId,
        options.unitId,
        input.period,
        input.text,
        input.percent,
        options.userId,
      ]);
      if (rows.length !== 1) throw new Error('floor: no audit event written');
    });
    await pool.end();
    const rectify = await run('Rectify', options, tasks, `${runId}r`, async (input) => {
      const response = await fetch(`${rectifyUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ query: REPORT, variables: { input } }),
      });
      const answer = (await response.json()) as {
        data?: { reportProgress: { progressReport: { id: number } | null; errors: unknown[] } };
        errors?: unknown[];
      };
      if (!response.ok || answer.errors || !answer.data?.reportProgress.progressReport) {
        throw new Error(`Rectify: ${JSON.stringify(answer).slice(0, 300)}`);
      }
    });
    return [await check(admin, floor), await check(admin, rectify)];
  } finally {
    await admin.end();
  }
}

interface Run {
  result: Omit<WriteResult, 'lost' | 'duplicated' | 'withoutAudit'>;
  marker: string;
  answered: Set<string>;
}

/** `clients` loops, each sending its writes one after another; every text carries a unique marker. */
async function run(
  writer: WriteResult['writer'],
  options: WriteOptions,
  tasks: number[],
  marker: string,
  write: (input: { taskId: number; period: string; text: string; percent: number }) => Promise<void>,
): Promise<Run> {
  const latencies: number[] = [];
  const answered = new Set<string>();
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      for (let i = 0; i < options.writesPerClient; i++) {
        const text = `bench-${marker}-${client}-${i} 本周推进整改，完成阶段任务。`;
        const taskId = tasks[(client * options.writesPerClient + i) % tasks.length]!;
        const at = performance.now();
        try {
          await write({ taskId, period: PERIOD, text, percent: (i * 7) % 101 });
          answered.add(text);
          latencies.push(performance.now() - at);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    marker,
    answered,
    result: {
      writer,
      clients: options.clients,
      writes: answered.size,
      writesPerSecond: answered.size / seconds,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      errors,
    },
  };
}

/** Every answered write is in the table once, with its audit event. */
async function check(db: pg.Client, run: Run): Promise<WriteResult> {
  const { rows } = await db.query<{ text: string; copies: number; audited: number }>(
    `select p.text, count(*)::int as copies,
       count(a.id)::int as audited
     from progress_reports p
     left join audit_events a on a.entity = 'progressReport' and a.entity_id = p.id::text
       and a.action = 'progress.report'
     where p.text like $1 group by p.text`,
    [`bench-${run.marker}-%`],
  );
  const stored = new Map(rows.map((r) => [r.text, r]));
  return {
    ...run.result,
    lost: [...run.answered].filter((text) => !stored.has(text)).length,
    duplicated: rows.filter((r) => r.copies > 1).length,
    withoutAudit: rows.filter((r) => r.audited < r.copies).length,
  };
}
