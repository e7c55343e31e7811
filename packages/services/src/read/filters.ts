import { type SQL, sql } from 'drizzle-orm';

// Small builders for list filters over the alias r0. Values always travel as parameters.

export const col = (name: string): SQL => sql.raw(`r0.${name}`);

export function eqFilter(column: string, value: number | string | boolean | null | undefined): SQL | null {
  return value == null ? null : sql`${col(column)} = ${value}`;
}

export function inFilter(
  column: string,
  values: readonly (string | number)[] | null | undefined,
): SQL | null {
  if (values == null) return null;
  if (values.length === 0) return sql`false`;
  return sql`${col(column)} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

export function rangeFilter(
  column: string,
  from: string | null | undefined,
  to: string | null | undefined,
): SQL[] {
  const out: SQL[] = [];
  if (from != null) out.push(sql`${col(column)} >= ${from}`);
  if (to != null) out.push(sql`${col(column)} <= ${to}`);
  return out;
}

/** Case-insensitive search in any of the columns; % and _ in the text are taken literally. */
export function searchFilter(columns: string[], text: string | null | undefined): SQL | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  const pattern = `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(${sql.join(
    columns.map((c) => sql`${col(c)} ilike ${pattern}`),
    sql` or `,
  )})`;
}

export const compact = (items: (SQL | null | undefined)[]): SQL[] => items.filter((x): x is SQL => x != null);

export type SortDirection = 'ASC' | 'DESC';

/**
 * Sort by one of the list's allowed fields (each a list of columns over `r0`, or over a join the list adds
 * for that field), the id breaking ties; anything else is not expressible. Every column, the id included,
 * takes the direction with PostgreSQL's default null placement, so one ascending index on (columns…, id)
 * serves both directions (read backwards for DESC): a NULL deadline sorts last ascending, first descending.
 */
export function orderBy<F extends string>(
  fields: Record<F, readonly string[]>,
  field: F | null | undefined,
  direction: SortDirection | null | undefined,
  fallback: F,
): SQL {
  const dir = direction === 'DESC' ? ' desc' : '';
  const columns = new Set([...fields[field ?? fallback], 'r0.id']);
  return sql.raw([...columns].map((column) => `${column}${dir}`).join(', '));
}
