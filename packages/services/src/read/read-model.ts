import { ledgerScopeOf } from '@rectify/domain';
import { queryRows } from '@rectify/db';
import { type SQL, sql } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { compileRow } from './compile.js';
import { ENTITIES, type EntityName, type ReadContext } from './entities.js';
import type { ReadSpec } from './read-spec.js';

/** Lists are paginated, with a bound: a client cannot ask for the whole ledger in one page. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

export interface Page {
  first?: number | null | undefined;
  offset?: number | null | undefined;
}

export interface ListResult<T> {
  nodes: T[];
  /** Null when the caller did not ask for it. */
  totalCount: number | null;
}

export interface ListQuery {
  /** Conditions over the alias `r0`, from the list's own filter. */
  where: SQL[];
  /** An ORDER BY over `r0`; the id breaks ties so that pages never overlap. */
  orderBy: SQL;
  page: Page;
  spec: ReadSpec;
  withTotal: boolean;
}

export const readContextOf = (ctx: ServiceContext): ReadContext => ({
  actor: ctx.actor,
  scope: ledgerScopeOf(ctx.actor),
});

export function clampPage(page: Page): { limit: number; offset: number } {
  const limit = Math.min(Math.max(page.first ?? PAGE_SIZE.default, 0), PAGE_SIZE.max);
  return { limit, offset: Math.max(page.offset ?? 0, 0) };
}

/**
 * One page of an entity with everything the spec asks for, and its total count, in one SQL statement
 * (a second only when the page lies past the end and the total was asked for).
 */
export async function readList<T>(
  ctx: ServiceContext,
  entity: EntityName,
  query: ListQuery,
): Promise<ListResult<T>> {
  const def = ENTITIES[entity];
  authorize(ctx.actor, def.permission);
  const rc = readContextOf(ctx);
  const conditions = [...query.where];
  const scope = def.scope?.(rc, 'r0');
  if (scope) conditions.push(scope);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const { limit, offset } = clampPage(query.page);
  const table = sql.raw(`${def.table} r0`);
  const total = query.withTotal ? sql`, count(*) over () as total` : sql``;
  const row = compileRow(entity, query.spec, 'r0', rc);
  const rows = await queryRows<{ node: T; total?: string | number }>(
    ctx.db,
    sql`with page as (
      select r0.id, row_number() over (order by ${query.orderBy}, r0.id) as ord${total}
      from ${table} ${where} order by ${query.orderBy}, r0.id limit ${limit} offset ${offset})
    select ${row.json} as node${query.withTotal ? sql`, page.total` : sql``}
    from page join ${table} on r0.id = page.id${row.joins} order by page.ord`,
  );
  let totalCount: number | null = null;
  if (query.withTotal) {
    if (rows.length > 0) totalCount = Number(rows[0]?.total);
    else {
      const counted = await queryRows<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from ${table} ${where}`,
      );
      totalCount = counted[0]?.n ?? 0;
    }
  }
  return { nodes: rows.map((r) => parseJson(r.node)), totalCount };
}

/** One record by id, or null when it does not exist or lies outside the reader's scope. */
export async function readOne<T>(
  ctx: ServiceContext,
  entity: EntityName,
  id: number,
  spec: ReadSpec,
): Promise<T | null> {
  authorize(ctx.actor, ENTITIES[entity].permission);
  return readRow<T>(ctx, entity, id, spec);
}

/** The signed-in user's own account: anyone may read themselves, whatever their role may read of others. */
export function readOwnAccount<T>(ctx: ServiceContext, spec: ReadSpec): Promise<T | null> {
  return ctx.actor.userId == null ? Promise.resolve(null) : readRow<T>(ctx, 'User', ctx.actor.userId, spec);
}

async function readRow<T>(
  ctx: ServiceContext,
  entity: EntityName,
  id: number,
  spec: ReadSpec,
): Promise<T | null> {
  const def = ENTITIES[entity];
  const rc = readContextOf(ctx);
  const scope = def.scope?.(rc, 'r0');
  const row = compileRow(entity, spec, 'r0', rc);
  const rows = await queryRows<{ node: T }>(
    ctx.db,
    sql`select ${row.json} as node from ${sql.raw(`${def.table} r0`)}${row.joins}
      where r0.id = ${id}${scope ? sql` and ${scope}` : sql``}`,
  );
  return rows[0] ? parseJson(rows[0].node) : null;
}

/** node-postgres parses json columns; PGlite may hand back text. */
function parseJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
