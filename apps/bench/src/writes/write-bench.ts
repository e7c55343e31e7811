import { scopesGranting } from '@rectify/services';
import pg from 'pg';
import { DatabaseCpu } from '../measure/cpu-time.js';
import type { ChildServer } from '../servers/child-server.js';
import { APPROVE_MUTATION, checkApprovals, FLOOR_APPROVE, prepareEndorsed } from './closure-writes.js';
import { checkReports, FLOOR_REPORT, PERIOD, REPORT_MUTATION } from './progress-writes.js';
import { runWriter, type WriteResult } from './write-run.js';

export type { WriteResult } from './write-run.js';

// Issue 20's write benchmark: reporting progress and approving closures from concurrent clients, through
// Rectify's GraphQL API and through the floor — the same rows written by hand, one statement each.

export interface WriteOptions {
  clients: number;
  writesPerClient: number;
  /** The lead unit whose in-progress tasks the clients report on, and its UNIT account (token and id). */
  unitId: number;
  unitToken: string;
  unitUserId: number;
  /** The OFFICE account that approves closures. */
  officeToken: string;
  officeUserId: number;
}

const arrayLiteral = (values: readonly string[]) => `{${values.join(',')}}`;

export async function measureWrites(
  databaseUrl: string,
  rectify: ChildServer,
  options: WriteOptions,
): Promise<WriteResult[]> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const database = await DatabaseCpu.connect(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.clients });
  const runId = Date.now().toString(36);
  const plan = { clients: options.clients, writesPerClient: options.writesPerClient, floorStatements: 1 };
  const graphql = (token: string) => async (query: string, input: unknown, field: string) => {
    const response = await fetch(`${rectify.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const answer = (await response.json()) as {
      data?: Record<string, { errors: unknown[] } & Record<string, unknown>>;
      errors?: unknown[];
    };
    const payload = answer.data?.[field];
    if (!response.ok || answer.errors || !payload || payload.errors.length) {
      throw new Error(`Rectify: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  };
  try {
    // Reporting progress on the unit's tasks in progress (a report is then the same rows for both writers).
    const tasks = (
      await admin.query<{ id: number }>(
        `select id from tasks where lead_unit_id = $1 and status = 'IN_PROGRESS' order by id`,
        [options.unitId],
      )
    ).rows.map((r) => r.id);
    if (tasks.length === 0) throw new Error(`unit ${options.unitId} leads no task in progress`);
    const report = (n: number, marker: string) => ({
      taskId: tasks[n % tasks.length]!,
      period: PERIOD,
      text: `${marker} 本周推进整改，完成阶段任务。`,
      percent: (n * 7) % 101,
    });
    const reports = {
      ...plan,
      write: 'report progress' as const,
      check: (m: string) => checkReports(admin, m),
    };
    const reportScopes = arrayLiteral(scopesGranting('PROGRESS_REPORTED'));
    const results = [
      await runWriter(
        admin,
        database,
        reports,
        {
          name: 'floor',
          server: null,
          write: async (n, marker) => {
            const r = report(n, marker);
            const { rows } = await pool.query(FLOOR_REPORT, [
              r.taskId,
              options.unitId,
              r.period,
              r.text,
              r.percent,
              options.unitUserId,
              reportScopes,
            ]);
            if (rows.length !== 1) throw new Error('floor: the report was not written');
          },
        },
        `${runId}f`,
      ),
      await runWriter(
        admin,
        database,
        reports,
        {
          name: 'Rectify',
          server: rectify,
          write: (n, marker) =>
            graphql(options.unitToken)(REPORT_MUTATION, report(n, marker), 'reportProgress'),
        },
        `${runId}r`,
      ),
    ];

    // Approving closures: each writer approves requests of its own, endorsed beforehand.
    const total = options.clients * options.writesPerClient;
    const endorsed = await prepareEndorsed(admin, 2 * total);
    const approvals = {
      ...plan,
      write: 'approve closure' as const,
      check: (m: string) => checkApprovals(admin, m),
    };
    const closeScopes = arrayLiteral(scopesGranting('TASK_STATUS_CHANGED'));
    results.push(
      await runWriter(
        admin,
        database,
        approvals,
        {
          name: 'floor',
          server: null,
          write: async (n, marker) => {
            const request = endorsed[n]!;
            const { rows } = await pool.query(FLOOR_APPROVE, [
              request.id,
              request.version,
              marker,
              options.officeUserId,
              closeScopes,
            ]);
            if (rows.length !== 1) throw new Error('floor: the closure was not approved');
          },
        },
        `${runId}f`,
      ),
      await runWriter(
        admin,
        database,
        approvals,
        {
          name: 'Rectify',
          server: rectify,
          write: (n, marker) => {
            const request = endorsed[total + n]!;
            return graphql(options.officeToken)(
              APPROVE_MUTATION,
              { id: request.id, version: request.version, decision: 'APPROVE', comment: marker },
              'approveClosureRequest',
            );
          },
        },
        `${runId}r`,
      ),
    );
    return results;
  } finally {
    await pool.end();
    await database.close();
    await admin.end();
  }
}
