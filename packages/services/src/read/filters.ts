import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

// Small builders for list filters over a row's columns (rootRow's, as a list reads them). Values always
// travel as parameters.

export function eqFilter(
  column: SQLWrapper,
  value: number | string | boolean | null | undefined,
): SQL | null {
  return value == null ? null : sql`${column} = ${value}`;
}

export function inFilter(
  column: SQLWrapper,
  values: readonly (string | number)[] | null | undefined,
): SQL | null {
  if (values == null) return null;
  if (values.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

export function rangeFilter(
  column: SQLWrapper,
  from: string | null | undefined,
  to: string | null | undefined,
): SQL[] {
  const out: SQL[] = [];
  if (from != null) out.push(sql`${column} >= ${from}`);
  if (to != null) out.push(sql`${column} <= ${to}`);
  return out;
}

/** Case-insensitive search in any of the columns; % and _ in the text are taken literally. */
export function searchFilter(columns: readonly SQLWrapper[], text: string | null | undefined): SQL | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  const pattern = `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(${sql.join(
    columns.map((c) => sql`${c} ilike ${pattern}`),
    sql` or `,
  )})`;
}

export const compact = (items: (SQL | null | undefined)[]): SQL[] => items.filter((x): x is SQL => x != null);

export type SortDirection = 'ASC' | 'DESC';

/**
 * An ORDER BY of these columns, each taking the direction with PostgreSQL's default null placement, so that
 * one ascending index on the columns serves both directions (read backwards for DESC): a NULL deadline sorts
 * last ascending, first descending.
 */
export function orderBy(columns: readonly SQLWrapper[], direction: SortDirection | null | undefined): SQL {
  return sql.join(
    columns.map((column) => (direction === 'DESC' ? sql`${column} desc` : sql`${column}`)),
    sql`, `,
  );
}
