import { can } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { alias as aliasOf, type PgColumn } from 'drizzle-orm/pg-core';
import type { ReadSpec, RowShape } from './read-spec.js';
import { ENTITIES } from './registry.js';
import {
  columnAt,
  type EntityDef,
  type EntityName,
  type OrderTerm,
  type ReadContext,
  ROOT_ALIAS,
  type Relation,
  type Row,
} from './registry-types.js';

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
 * The root row is rootRow's; nested rows get r1, r2, … in the order met, unique within the statement.
 */
export function compileRow(entity: EntityName, spec: ReadSpec, rc: ReadContext): CompiledRow {
  return compileShape(entity, shapeOfSpec(entity, spec), rc);
}

/** As compileRow, for a row whose JSON must have exactly these keys in this order. */
export function compileShape(entity: EntityName, shape: RowShape, rc: ReadContext): CompiledRow {
  let last = 0;
  return compile(entity, shape, ROOT_ALIAS, rc, () => `r${++last}`);
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
  rowAlias: string,
  rc: ReadContext,
  nextAlias: NextAlias,
): CompiledRow {
  const def = ENTITIES[entity];
  const row = rowOf(def, rowAlias);
  const parts: SQL[] = [];
  const joins: SQL[] = [];
  for (const entry of shape) {
    const k = key(entry.key);
    if ('constant' in entry) {
      parts.push(sql`${k}, ${sql.raw(`'${graphQLName(entry.constant)}'`)}`);
      continue;
    }
    if ('field' in entry) {
      const field = def.columns[entry.field];
      if (field === undefined) throw new Error(`${entity} has no field ${entry.field}`);
      parts.push(sql`${k}, ${typeof field === 'function' ? field(row, rc) : columnAt(row, field)}`);
      continue;
    }
    const relation = def.relations[entry.relation];
    if (!relation) throw new Error(`${entity} has no relation ${entry.relation}`);
    const target = ENTITIES[relation.target];
    if (!can(rc.actor, target.permission)) {
      parts.push(sql`${k}, null`);
      continue;
    }
    const childAlias = nextAlias();
    const child = rowOf(target, childAlias);
    const from = sql`${target.table} ${child}`;
    const childId = columnAt(child, target.id);
    const compiled = compile(relation.target, entry.shape, childAlias, rc, nextAlias);
    const scope = relation.scopeImplied ? null : target.scope?.(rc, child);
    const scoped = (condition: SQL) => (scope ? sql`${condition} and ${scope}` : condition);
    const rowId = columnAt(row, def.id);
    switch (relation.kind) {
      case 'one':
        joins.push(
          sql` left join ${from} on ${scoped(sql`${childId} = ${columnAt(row, relation.local)}`)}${compiled.joins}`,
        );
        parts.push(sql`${k}, case when ${childId} is null then null else ${compiled.json} end`);
        break;
      case 'latest':
        parts.push(sql`${k}, (select ${compiled.json} from ${from}${compiled.joins}
          where ${scoped(sql`${columnAt(child, relation.remote)} = ${rowId}`)}
          order by ${orderSql(relation, child)} limit 1)`);
        break;
      case 'many': {
        const extra = relation.whereNull ? sql` and ${columnAt(child, relation.whereNull)} is null` : sql``;
        parts.push(sql`${k}, (select coalesce(json_agg(${compiled.json} order by ${orderSql(relation, child)}), '[]'::json)
          from ${from}${compiled.joins} where ${scoped(sql`${columnAt(child, relation.remote)} = ${rowId}${extra}`)})`);
        break;
      }
      case 'through': {
        const joinTable = relation.joinLocal.table;
        const join = aliasOf(joinTable, `${childAlias}j`);
        parts.push(sql`${k}, (select coalesce(json_agg(${compiled.json} order by ${orderSql(relation, child)}), '[]'::json)
          from ${joinTable} ${join} join ${from} on ${childId} = ${columnAt(join, relation.joinRemote)}${compiled.joins}
          where ${scoped(sql`${columnAt(join, relation.joinLocal)} = ${rowId}`)})`);
        break;
      }
    }
  }
  return { json: sql`json_build_object(${sql.join(parts, sql`, `)})`, joins: sql.join(joins) };
}

/** The entity's table under the alias: `"tasks" "r1"` in a FROM, `"r1"."deadline"` for its columns. */
export const rowOf = (def: EntityDef, name: string): Row => aliasOf(def.table, name);

const key = (name: string) => sql.raw(`'${graphQLName(name)}'`);

/** Keys and constants are written into the SQL as literals: only GraphQL names, which need no quoting. */
function graphQLName(name: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new Error(`not a GraphQL name: ${name}`);
  return name;
}

/**
 * A relation's order over the target's row. A descending NOT NULL column is ordered `desc nulls last`: the
 * same order, but the one drizzle's descending indexes hold (`DESC NULLS LAST`), so that PostgreSQL reads the
 * newest progress report from the index instead of sorting a task's reports.
 */
function orderSql(relation: Extract<Relation, { orderBy: unknown }>, row: Row): SQL {
  return sql.join(
    relation.orderBy.map((term: OrderTerm) => {
      if (!('desc' in term)) return columnAt(row, term);
      const column: PgColumn = term.desc;
      return sql`${columnAt(row, column)} desc${column.notNull ? sql` nulls last` : sql``}`;
    }),
    sql`, `,
  );
}
