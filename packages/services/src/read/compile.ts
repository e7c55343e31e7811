import { can } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type ColumnExpr, ENTITIES, type EntityName, type ReadContext, type Relation } from './entities.js';
import type { ReadSpec } from './read-spec.js';

/**
 * Compiles a ReadSpec into one SQL expression that builds the JSON of a row with every relation asked for,
 * nested as correlated subqueries. The reader's scope applies at every level, and a relation to an entity the
 * reader may not read comes back null. Identifiers come from the ENTITIES registry, never from the caller.
 */
export function objectSql(entity: EntityName, spec: ReadSpec, alias: string, rc: ReadContext): SQL {
  const def = ENTITIES[entity];
  const a = sql.raw(alias);
  const fields = new Set(['id', ...spec.fields]);
  for (const field of spec.fields) for (const needed of def.needs?.[field] ?? []) fields.add(needed);
  const parts: SQL[] = [];
  for (const field of fields) {
    const column = def.columns[field];
    if (column !== undefined) parts.push(sql`${key(field)}, ${columnSql(column, a)}`);
  }
  for (const [name, sub] of spec.relations) {
    const relation = def.relations[name];
    if (!relation) continue;
    const readable = can(rc.actor, ENTITIES[relation.target].permission);
    parts.push(sql`${key(name)}, ${readable ? relationSql(relation, sub, alias, rc) : sql`null`}`);
  }
  return sql`json_build_object(${sql.join(parts, sql`, `)})`;
}

function relationSql(relation: Relation, spec: ReadSpec, parentAlias: string, rc: ReadContext): SQL {
  const target = ENTITIES[relation.target];
  const alias = nextAlias(parentAlias);
  const p = sql.raw(parentAlias);
  const c = sql.raw(alias);
  const table = sql.raw(`${target.table} ${alias}`);
  const object = objectSql(relation.target, spec, alias, rc);
  const scope = target.scope?.(rc, alias) ?? null;
  const scoped = (condition: SQL) => (scope ? sql`${condition} and ${scope}` : condition);
  switch (relation.kind) {
    case 'one':
      return sql`(select ${object} from ${table} where ${scoped(sql`${c}.id = ${p}.${sql.raw(relation.localColumn)}`)})`;
    case 'latest':
      return sql`(select ${object} from ${table} where ${scoped(sql`${c}.${sql.raw(relation.remoteColumn)} = ${p}.id`)}
        order by ${orderSql(relation.orderBy, alias)} limit 1)`;
    case 'many': {
      const extra = relation.where ? sql` and ${sql.raw(prefixColumns(relation.where, alias))}` : sql``;
      const where = scoped(sql`${c}.${sql.raw(relation.remoteColumn)} = ${p}.id${extra}`);
      return sql`(select coalesce(json_agg(${object} order by ${orderSql(relation.orderBy, alias)}), '[]'::json)
        from ${table} where ${where})`;
    }
    case 'through': {
      const j = sql.raw(`${alias}j`);
      return sql`(select coalesce(json_agg(${object} order by ${orderSql(relation.orderBy, alias)}), '[]'::json)
        from ${sql.raw(relation.joinTable)} ${j} join ${table} on ${c}.id = ${j}.${sql.raw(relation.joinRemote)}
        where ${scoped(sql`${j}.${sql.raw(relation.joinLocal)} = ${p}.id`)})`;
    }
  }
}

const key = (name: string) => sql.raw(`'${name}'`);

const columnSql = (column: ColumnExpr, a: SQL): SQL =>
  typeof column === 'string' ? sql`${a}.${sql.raw(column)}` : column(a);

/** `reported_at desc, id desc` → `r2.reported_at desc, r2.id desc`. */
export const orderSql = (orderBy: string, alias: string): SQL => sql.raw(prefixColumns(orderBy, alias));

function prefixColumns(expression: string, alias: string): string {
  return expression.replace(/\b([a-z_]+)\b(?!\s*\()/g, (word) =>
    ['desc', 'asc', 'is', 'null', 'not', 'and', 'or', 'nulls', 'first', 'last'].includes(word)
      ? word
      : `${alias}.${word}`,
  );
}

/** r0 → r1 → r2: each level of nesting gets its own alias, so correlated subqueries never shadow. */
const nextAlias = (alias: string) => `r${Number(alias.slice(1)) + 1}`;
