import { queryRows } from '@rectify/db';
import { ledgerScopeOf } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { type CompiledRow, compileRow, compileShape } from './compile.js';
import type { ReadSpec, RowShape } from './read-spec.js';
import { ENTITIES } from './registry.js';
import { columnAt, type EntityName, type ReadContext, rootRow } from './registry-types.js';
import { withoutJit } from './without-jit.js';

/**
 * Lists are paginated, with a bound: a client cannot ask for the whole ledger in one page. The API refuses a
 * `first` or `offset` outside these bounds as bad input.
 */
export const PAGE_SIZE = { default: 20, max: 100, maxOffset: 1_000_000 } as const;

export interface Page {
  first?: number | null | undefined;
  offset?: number | null | undefined;
}

export interface ListResult<T> {
  nodes: T[];
  /** Null when the caller did not ask for it. */
  totalCount: number | null;
}

/** Which rows of a list, in what order. */
export interface ListQuery {
  /** Conditions over the root row (rootRow), from the list's own filter. */
  where: SQL[];
  /** An ORDER BY over the root row ending with its id, which breaks ties so that pages never overlap. */
  orderBy: SQL;
  /** A to-one join the order reads from besides the root row (the tasks' CODE order reads their issue's place). */
  orderJoin?: SQL;
  page: Page;
  withTotal: boolean;
}

export const readContextOf = (ctx: ServiceContext): ReadContext => ({
  actor: ctx.actor,
  scope: ledgerScopeOf(ctx.actor),
});

export function clampPage(page: Page): { limit: number; offset: number } {
  const limit = Math.min(Math.max(page.first ?? PAGE_SIZE.default, 0), PAGE_SIZE.max);
  return { limit, offset: Math.min(Math.max(page.offset ?? 0, 0), PAGE_SIZE.maxOffset) };
}

/**
 * One page of an entity with everything the spec asks for, and its total count, in one SQL statement.
 */
export async function readList<T>(
  ctx: ServiceContext,
  entity: EntityName,
  query: ListQuery & { spec: ReadSpec },
): Promise<ListResult<T>> {
  const page = await readPage<T | string>(ctx, entity, query, (rc) => compileRow(entity, query.spec, rc));
  return { nodes: page.nodes.map(parseJson), totalCount: page.totalCount };
}

/**
 * As readList, with each row as the JSON text PostgreSQL wrote for exactly this shape: the API answers
 * with it as it is, parsing and re-serialising nothing.
 */
export function readListJson(
  ctx: ServiceContext,
  entity: EntityName,
  query: ListQuery & { shape: RowShape },
): Promise<ListResult<string>> {
  return readPage<string>(ctx, entity, query, jsonNode(entity, query.shape));
}

/** readListJson's statement. */
export function pageJsonStatement(
  ctx: ServiceContext,
  entity: EntityName,
  query: ListQuery & { shape: RowShape },
): SQL {
  return pageStatement(ctx, entity, query, jsonNode(entity, query.shape));
}

const jsonNode = (entity: EntityName, shape: RowShape) => (rc: ReadContext) =>
  asText(compileShape(entity, shape, rc));

async function readPage<N>(
  ctx: ServiceContext,
  entity: EntityName,
  query: ListQuery,
  compileNode: (rc: ReadContext) => CompiledRow,
): Promise<ListResult<N>> {
  const rows = await queryRows<{ node: N | null; total?: string | number }>(
    ctx.db,
    pageStatement(ctx, entity, query, compileNode),
  );
  return {
    nodes: rows.flatMap((r) => (r.node === null ? [] : [r.node])),
    totalCount: query.withTotal ? Number(rows[0]?.total ?? 0) : null,
  };
}

/**
 * What a list reads, for this reader: the entity (its permission checked), its root row and the list's
 * conditions with the reader's scope added.
 */
function scopedList(ctx: ServiceContext, entity: EntityName, where: SQL[]) {
  const def = ENTITIES[entity];
  authorize(ctx.actor, def.permission);
  const rc = readContextOf(ctx);
  const r0 = rootRow(def.table);
  const scope = def.scope?.(rc, r0);
  const conditions = scope ? [...where, scope] : [...where];
  return { def, rc, r0, conditions };
}

/**
 * The one statement of a page. The page's ids come first, in the list's order and with its limit, so that
 * PostgreSQL can read them from an index in that order (every order the API offers on a large table has
 * one: apps/bench/test/list-plans.test.ts). The total of a whole table is a count of its own, since a window
 * count would make PostgreSQL read and sort every row for each page; the total of a filtered or scoped list
 * is a window count over the rows the filter found, which a separate count would have to find again.
 */
function pageStatement(
  ctx: ServiceContext,
  entity: EntityName,
  query: ListQuery,
  compileNode: (rc: ReadContext) => CompiledRow,
): SQL {
  const { def, rc, r0, conditions } = scopedList(ctx, entity, query.where);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const { limit, offset } = clampPage(query.page);
  const table = sql`${def.table} ${r0}`;
  const r0Id = columnAt(r0, def.id);
  const orderJoin = query.orderJoin ? sql` ${query.orderJoin}` : sql``;
  const row = compileNode(rc);
  const separateCount = query.withTotal && conditions.length === 0;
  const windowCount = query.withTotal && !separateCount ? sql`, count(*) over () as total` : sql``;
  const counted = separateCount ? sql`, counted as (select count(*) as total from ${table})` : sql``;
  const total = separateCount
    ? sql`(select total from counted)`
    : sql`(select count(*) from ${table} ${where})`;
  // A page past the end has no row to carry the count: one more row, only then, carries it.
  const pastTheEnd = query.withTotal
    ? sql` union all select null, ${total}, null where not exists (select 1 from page)`
    : sql``;
  return sql`with page as (
      select ${r0Id}, row_number() over (order by ${query.orderBy}) as ord${windowCount}
      from ${table}${orderJoin} ${where} order by ${query.orderBy} limit ${limit} offset ${offset})${counted}
    select ${row.json} as node${
      query.withTotal ? (separateCount ? sql`, ${total} as total` : sql`, page.total`) : sql``
    }, page.ord
    from page join ${table} on ${r0Id} = page.id${row.joins}${pastTheEnd} order by ord`;
}

/** Rows read by `eachBatch` per fetch: few enough to hold, many enough that round trips do not count. */
const BATCH_SIZE = 1000;

/**
 * Every row of a list, in its order, handed to `onBatch` a batch at a time: for exports, which want the whole
 * (scoped) list. One statement read through a cursor, which PostgreSQL walks once; pages by offset would
 * each walk every row before them, and holding the whole list would make memory grow with the ledger.
 */
export async function eachBatch<T>(
  ctx: ServiceContext,
  entity: EntityName,
  query: Omit<ListQuery, 'page' | 'withTotal'> & { spec: ReadSpec },
  onBatch: (nodes: T[]) => Promise<void> | void,
  batchSize = BATCH_SIZE,
): Promise<void> {
  const { def, rc, r0, conditions } = scopedList(ctx, entity, query.where);
  const where = conditions.length ? sql` where ${sql.join(conditions, sql` and `)}` : sql``;
  const orderJoin = query.orderJoin ? sql` ${query.orderJoin}` : sql``;
  const row = compileRow(entity, query.spec, rc);
  // A cursor lives in its transaction; this one only reads.
  await withoutJit(ctx.db, async (tx) => {
    await tx.execute(sql`declare list_rows no scroll cursor for
      select ${row.json} as node from ${def.table} ${r0}${orderJoin}${row.joins}${where}
      order by ${query.orderBy}`);
    for (;;) {
      const rows = await queryRows<{ node: T | string }>(
        tx,
        sql`fetch ${sql.raw(String(batchSize))} from list_rows`,
      );
      if (rows.length > 0) await onBatch(rows.map((r) => parseJson(r.node)));
      if (rows.length < batchSize) break;
    }
  });
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

/** As readOne, as the JSON text of exactly this shape (see readListJson). */
export async function readOneJson(
  ctx: ServiceContext,
  entity: EntityName,
  id: number,
  shape: RowShape,
): Promise<string | null> {
  authorize(ctx.actor, ENTITIES[entity].permission);
  return selectRow<string>(ctx, entity, id, (rc) => asText(compileShape(entity, shape, rc)));
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
  const node = await selectRow<T | string>(ctx, entity, id, (rc) => compileRow(entity, spec, rc));
  return node === null ? null : parseJson(node);
}

async function selectRow<N>(
  ctx: ServiceContext,
  entity: EntityName,
  id: number,
  compileNode: (rc: ReadContext) => CompiledRow,
): Promise<N | null> {
  const def = ENTITIES[entity];
  const rc = readContextOf(ctx);
  const r0 = rootRow(def.table);
  const scope = def.scope?.(rc, r0);
  const row = compileNode(rc);
  const rows = await queryRows<{ node: N }>(
    ctx.db,
    sql`select ${row.json} as node from ${def.table} ${r0}${row.joins}
      where ${columnAt(r0, def.id)} = ${id}${scope ? sql` and ${scope}` : sql``}`,
  );
  return rows[0]?.node ?? null;
}

const asText = (row: CompiledRow): CompiledRow => ({ json: sql`(${row.json})::text`, joins: row.joins });

/** node-postgres parses json columns; PGlite may hand back text. */
function parseJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
