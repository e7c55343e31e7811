import { schema } from '@rectify/db';
import { can } from '@rectify/domain';
import { is, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { type ColumnExpr, ENTITIES, type EntityName, type ReadContext, type Relation } from './entities.js';
import type { ReadSpec, RowShape } from './read-spec.js';

/** A row's JSON, and the LEFT JOINs it needs in the FROM clause that introduces the row's alias. */
export interface CompiledRow {
  json: SQL;
  joins: SQL;
}

/**
 * Compiles a ReadSpec into the SQL that builds the JSON of a row with every relation asked for: to-one
 * relations as LEFT JOINs beside the row (hash or index joins, as a hand-written query would), lists as
 * correlated json_agg subqueries. The reader's scope applies at every level, and a relation to an entity the
 * reader may not read comes back null. Identifiers come from the ENTITIES registry, never from the caller.
 * `alias` is the root row's; nested rows get r1, r2, … in the order met, unique within the statement.
 */
export function compileRow(entity: EntityName, spec: ReadSpec, alias: string, rc: ReadContext): CompiledRow {
  return compileShape(entity, shapeOfSpec(entity, spec), alias, rc);
}

/** As compileRow, for a row whose JSON must have exactly these keys in this order. */
export function compileShape(
  entity: EntityName,
  shape: RowShape,
  alias: string,
  rc: ReadContext,
): CompiledRow {
  let last = 0;
  return compile(entity, shape, alias, rc, () => `r${++last}`);
}

/** A spec's row: its id, the fields asked for and those the API computes from, and its relations. */
function shapeOfSpec(entity: EntityName, spec: ReadSpec): RowShape {
  const def = ENTITIES[entity];
  const fields = new Set(['id', ...spec.fields]);
  for (const field of spec.fields) for (const needed of def.needs?.[field] ?? []) fields.add(needed);
  return [
    ...[...fields]
      .filter((field) => def.columns[field] !== undefined)
      .map((field) => ({ key: field, field })),
    ...[...spec.relations]
      .filter(([name]) => def.relations[name])
      .map(([name, sub]) => ({
        key: name,
        relation: name,
        shape: shapeOfSpec((def.relations[name] as Relation).target, sub),
      })),
  ];
}

type NextAlias = () => string;

function compile(
  entity: EntityName,
  shape: RowShape,
  alias: string,
  rc: ReadContext,
  nextAlias: NextAlias,
): CompiledRow {
  const def = ENTITIES[entity];
  const a = sql.raw(alias);
  const parts: SQL[] = [];
  const joins: SQL[] = [];
  for (const entry of shape) {
    const k = key(entry.key);
    if ('constant' in entry) {
      parts.push(sql`${k}, ${sql.raw(`'${graphQLName(entry.constant)}'`)}`);
      continue;
    }
    if ('field' in entry) {
      const column = def.columns[entry.field];
      if (column === undefined) throw new Error(`${entity} has no field ${entry.field}`);
      parts.push(sql`${k}, ${columnSql(column, a, rc)}`);
      continue;
    }
    const relation = def.relations[entry.relation];
    if (!relation) throw new Error(`${entity} has no relation ${entry.relation}`);
    if (!can(rc.actor, ENTITIES[relation.target].permission)) {
      parts.push(sql`${k}, null`);
      continue;
    }
    const child = nextAlias();
    const c = sql.raw(child);
    const target = ENTITIES[relation.target];
    const table = sql.raw(`${target.table} ${child}`);
    const row = compile(relation.target, entry.shape, child, rc, nextAlias);
    const scope = SCOPE_IMPLIED[entity]?.includes(entry.relation) ? null : target.scope?.(rc, child);
    const scoped = (condition: SQL) => (scope ? sql`${condition} and ${scope}` : condition);
    switch (relation.kind) {
      case 'one':
        joins.push(
          sql` left join ${table} on ${scoped(sql`${c}.id = ${a}.${sql.raw(relation.localColumn)}`)}${row.joins}`,
        );
        parts.push(sql`${k}, case when ${c}.id is null then null else ${row.json} end`);
        break;
      case 'latest':
        parts.push(sql`${k}, (select ${row.json} from ${table}${row.joins}
          where ${scoped(sql`${c}.${sql.raw(relation.remoteColumn)} = ${a}.id`)}
          order by ${orderSql(relation, child)} limit 1)`);
        break;
      case 'many': {
        const extra = relation.where ? sql` and ${sql.raw(prefixColumns(relation.where, child))}` : sql``;
        parts.push(sql`${k}, (select coalesce(json_agg(${row.json} order by ${orderSql(relation, child)}), '[]'::json)
          from ${table}${row.joins} where ${scoped(sql`${c}.${sql.raw(relation.remoteColumn)} = ${a}.id${extra}`)})`);
        break;
      }
      case 'through': {
        const j = `${child}j`;
        parts.push(sql`${k}, (select coalesce(json_agg(${row.json} order by ${orderSql(relation, child)}), '[]'::json)
          from ${sql.raw(`${relation.joinTable} ${j}`)} join ${table} on ${c}.id = ${sql.raw(`${j}.${relation.joinRemote}`)}${row.joins}
          where ${scoped(sql`${sql.raw(`${j}.${relation.joinLocal}`)} = ${a}.id`)})`);
        break;
      }
    }
  }
  return { json: sql`json_build_object(${sql.join(parts, sql`, `)})`, joins: sql.join(joins) };
}

/**
 * Relations whose rows the reader may see whenever they may see the row they hang from: a task's issue is
 * on the way to a task the reader sees (issueVisible), and a progress report is visible exactly when its
 * task is. Every row the compiler reaches has passed its own scope, so repeating the check (a subquery per
 * row, for a unit a search of the issue's subtree) would change nothing but the cost.
 */
const SCOPE_IMPLIED: Partial<Record<EntityName, readonly string[]>> = {
  Task: ['issue', 'progressReports', 'latestProgress'],
  ProgressReport: ['task'],
};

const key = (name: string) => sql.raw(`'${graphQLName(name)}'`);

/** Keys and constants are written into the SQL as literals: only GraphQL names, which need no quoting. */
function graphQLName(name: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new Error(`not a GraphQL name: ${name}`);
  return name;
}

const columnSql = (column: ColumnExpr, a: SQL, rc: ReadContext): SQL =>
  typeof column === 'string' ? sql`${a}.${sql.raw(column)}` : column(a, rc);

/**
 * A relation's order over the alias. `x desc` on a NOT NULL column becomes `x desc nulls last`: the same
 * order, but the one drizzle's descending indexes hold (`DESC NULLS LAST`), so that PostgreSQL reads the
 * newest progress report from the index instead of sorting a task's reports.
 */
function orderSql(relation: Extract<Relation, { orderBy: string }>, alias: string): SQL {
  const notNull = notNullColumns().get(ENTITIES[relation.target].table);
  const order = relation.orderBy.replace(/\b([a-z_]+) desc\b(?! nulls)/g, (term, column: string) =>
    notNull?.has(column) ? `${term} nulls last` : term,
  );
  return sql.raw(prefixColumns(order, alias));
}

let notNullByTable: Map<string, Set<string>> | undefined;

/** The NOT NULL columns of every table, from the drizzle schema. */
function notNullColumns(): Map<string, Set<string>> {
  notNullByTable ??= new Map(
    (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => {
        const config = getTableConfig(table);
        return [config.name, new Set(config.columns.filter((c) => c.notNull).map((c) => c.name))];
      }),
  );
  return notNullByTable;
}

function prefixColumns(expression: string, alias: string): string {
  return expression.replace(/\b([a-z_]+)\b(?!\s*\()/g, (word) =>
    ['desc', 'asc', 'is', 'null', 'not', 'and', 'or', 'nulls', 'first', 'last'].includes(word)
      ? word
      : `${alias}.${word}`,
  );
}
