import { OPEN_TASK_STATUSES } from '@rectify/domain';
import { PAGE } from '../queries.js';

// The floor: each answer from one hand-written statement that builds its JSON as text in PostgreSQL; Node
// parses nothing and re-serialises nothing, it only writes the response's envelope around the rows. The
// statements are tuned to the schema's indexes (the newest report is read in the order of
// progress_reports_task_idx).

const open = OPEN_TASK_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * Q1: the first issues by code, each with its tasks, their lead unit, leader and latest progress: one row of
 * JSON text per issue, in order. (Aggregating the rows into one JSON value in PostgreSQL costs it more than
 * joining their texts costs Node, so both queries answer rows and Node writes the envelope around them.)
 */
export const FLOOR_Q1 = {
  text: `select json_build_object('id', i.id, 'code', i.code, 'title', i.title, 'tasks', (
      select coalesce(json_agg(json_build_object('id', t.id, 'ordinal', t.ordinal, 'measure', t.measure,
        'status', t.status, 'deadline', t.deadline,
        'leadUnit', case when u.id is null then null else json_build_object('name', u.name) end,
        'leader', case when l.id is null then null else json_build_object('name', l.name, 'post', l.post) end,
        'latestProgress', (select json_build_object('percent', p.percent, 'reportedAt', p.reported_at)
          from progress_reports p where p.task_id = t.id
          order by p.reported_at desc nulls last, p.id desc nulls last limit 1))
        order by t.position, t.id), '[]'::json)
      from tasks t left join units u on u.id = t.lead_unit_id left join leaders l on l.id = t.leader_id
      where t.issue_id = i.id))::text as node
  from (select id, code, title from issues order by inspection_id, sort_key, id limit $1) i`,
  values: [PAGE],
};

/** The GraphQL response of Q1 around its rows. */
export const floorQ1Body = (nodes: string[]) => `{"data":{"issues":{"nodes":[${nodes.join(',')}]}}}`;

/**
 * Q2: a unit's open tasks past their deadline, by deadline, one page with the total (a window count over the
 * filtered tasks), each with its issue.
 */
export const floorQ2 = (unitId: number, today: string) => ({
  text: `with page as (
    select t.id, t.issue_id, t.ordinal, t.measure, t.status, t.deadline, count(*) over () as total from tasks t
    where t.id in (select id from tasks where lead_unit_id = $1
                   union all select task_id from task_co_units where unit_id = $1)
      and t.status in (${open}) and t.deadline < $2::date
    order by t.deadline, t.id limit $3)
  select json_build_object('id', p.id, 'ordinal', p.ordinal, 'measure', p.measure, 'status', p.status,
    'deadline', p.deadline, 'issue', json_build_object('code', i.code, 'title', i.title))::text as node, p.total
  from page p join issues i on i.id = p.issue_id order by p.deadline, p.id`,
  values: [unitId, today, PAGE],
});

/** The GraphQL response of Q2 around its rows (on the first page, no rows means a total of none). */
export const floorQ2Body = (rows: { node: string; total: string }[]) =>
  `{"data":{"tasks":{"totalCount":${rows[0]?.total ?? 0},"nodes":[${rows.map((r) => r.node).join(',')}]}}}`;
