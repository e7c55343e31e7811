import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { queryRows } from '../query-rows.js';

/** A column as the catalog describes it. */
interface ColumnPlan {
  name: string;
  /** Computed by the database: dumped, never inserted. */
  generated: boolean;
  /** Text-like: ordered by bytes (collate "C") so that every server sorts the same. */
  collatable: boolean;
  /** The sequence of an identity (or serial) column, as `schema.name`. */
  sequence: string | null;
}

/** How one table is dumped and loaded, read from the database's own catalog. */
export interface TablePlan {
  name: string;
  columns: ColumnPlan[];
  primaryKey: string[];
  /** Columns referring to the same table (a tree): loaded as null, then set once every row is in. */
  selfReferences: string[];
  /** The other tables this one refers to. */
  references: string[];
}

interface CatalogRow {
  name: string;
  columns: string;
  primary_key: string;
  foreign_keys: string;
}

/**
 * Every table of the `public` schema in dependency order (a table after those it refers to), read from the
 * catalog rather than the drizzle schema, so that a table a migration adds by hand is dumped too.
 */
export async function readTablePlans(db: Executor): Promise<TablePlan[]> {
  const rows = await queryRows<CatalogRow>(
    db,
    sql`
      select c.relname as name,
        coalesce((
          select json_agg(json_build_object(
            'name', a.attname,
            'generated', a.attgenerated <> '',
            'collatable', a.attcollation <> 0,
            'sequence', pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname)
          ) order by a.attnum)
          from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        ), '[]')::text as columns,
        coalesce((
          select json_agg(a.attname order by k.ord)
          from pg_constraint p
          cross join unnest(p.conkey) with ordinality k(attnum, ord)
          join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
          where p.conrelid = c.oid and p.contype = 'p'
        ), '[]')::text as primary_key,
        coalesce((
          select json_agg(json_build_object(
            'table', rc.relname,
            'columns', (
              select json_agg(a.attname order by k.ord)
              from unnest(f.conkey) with ordinality k(attnum, ord)
              join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
            )
          ))
          from pg_constraint f
          join pg_class rc on rc.oid = f.confrelid
          where f.conrelid = c.oid and f.contype = 'f' and rc.relnamespace = c.relnamespace
        ), '[]')::text as foreign_keys
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
      order by c.relname`,
  );
  const plans = rows.map((row): TablePlan => {
    const foreignKeys = JSON.parse(row.foreign_keys) as { table: string; columns: string[] }[];
    const own = foreignKeys.filter((fk) => fk.table === row.name);
    return {
      name: row.name,
      columns: JSON.parse(row.columns) as ColumnPlan[],
      primaryKey: JSON.parse(row.primary_key) as string[],
      selfReferences: [...new Set(own.flatMap((fk) => fk.columns))],
      references: [...new Set(foreignKeys.map((fk) => fk.table).filter((table) => table !== row.name))],
    };
  });
  return dependencyOrder(plans);
}

/** Kahn's algorithm, taking ready tables by name so the order is the same on every run. */
export function dependencyOrder(plans: TablePlan[]): TablePlan[] {
  const byName = new Map(plans.map((plan) => [plan.name, plan]));
  const placed = new Set<string>();
  const ordered: TablePlan[] = [];
  while (ordered.length < plans.length) {
    const ready = plans.filter(
      (plan) =>
        !placed.has(plan.name) && plan.references.every((name) => placed.has(name) || !byName.has(name)),
    );
    if (ready.length === 0) {
      const rest = plans.filter((plan) => !placed.has(plan.name)).map((plan) => plan.name);
      throw new Error(`tables refer to each other in a cycle, no load order exists: ${rest.join(', ')}`);
    }
    for (const plan of ready) {
      placed.add(plan.name);
      ordered.push(plan);
    }
  }
  return ordered;
}

export const tableIdentifier = (plan: TablePlan): SQL =>
  sql`${sql.identifier('public')}.${sql.identifier(plan.name)}`;

/** Primary-key order (bytewise for text), or the whole row's text when a table has no primary key. */
export function tableOrderBy(plan: TablePlan, alias = 't'): SQL {
  if (plan.primaryKey.length === 0) return sql`${sql.identifier(alias)}::text collate "C"`;
  const keys = plan.primaryKey.map((name) => {
    const column = sql`${sql.identifier(alias)}.${sql.identifier(name)}`;
    return plan.columns.find((c) => c.name === name)?.collatable ? sql`${column} collate "C"` : column;
  });
  return sql.join(keys, sql`, `);
}
