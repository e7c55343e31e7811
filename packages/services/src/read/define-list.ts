import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../kernel/context.js';
import { compact, orderBy, type SortDirection } from './filters.js';
import {
  eachBatch,
  type ListQuery,
  type ListResult,
  type Page,
  pageJsonStatement,
  readList,
  readListJson,
} from './read-model.js';
import type { ReadSpec, RowShape } from './read-spec.js';
import { columnAt, type EntityName, type Row, rootRow } from './registry-types.js';

export interface ListArgs<F, O extends string> {
  filter?: F | null;
  orderBy?: { field: O; direction?: SortDirection | null } | null;
  page: Page;
}

/**
 * A list query of one entity: its filter turned into conditions over the root row (rootRow of its table), the
 * fields it may be sorted by, and the default order. An order field is a list of columns: the table's own,
 * read from the root row, or those of the join `orderJoins` adds for it. Every list shares paging, scope and
 * the one-statement read; `json` reads the same page as the JSON text of a row shape (readListJson).
 */
export function defineList<
  Table extends PgTable & { id: PgColumn },
  F,
  K extends string,
  X = object,
>(definition: {
  entity: EntityName;
  /** The entity's table (its registry entry's). */
  table: Table;
  orderFields: Record<K, readonly PgColumn[]>;
  /** A to-one join an order field's columns read from. */
  orderJoins?: Partial<Record<NoInfer<K>, (row: Row<Table>) => SQL>>;
  defaultOrder: NoInfer<K>;
  defaultDirection?: SortDirection;
  where: (filter: F, row: Row<Table>, ctx: ServiceContext, extra: X) => (SQL | null | undefined)[];
}) {
  type Args = ListArgs<F, K>;
  type Options = { withTotal: boolean } & X;
  const { table } = definition;
  const row = rootRow(table);
  const at = (column: PgColumn): SQLWrapper => (column.table === table ? columnAt(row, column) : column);
  const queryOf = (ctx: ServiceContext, args: Args, options: Options): ListQuery => {
    const field = args.orderBy?.field ?? definition.defaultOrder;
    const columns = definition.orderFields[field];
    const orderJoin = definition.orderJoins?.[field];
    return {
      where: compact(definition.where(args.filter ?? ({} as F), row, ctx, options)),
      // The id breaks ties (anything else is not expressible), in the same direction.
      orderBy: orderBy(
        (columns.includes(table.id) ? columns : [...columns, table.id]).map(at),
        args.orderBy?.direction ?? definition.defaultDirection,
      ),
      ...(orderJoin ? { orderJoin: orderJoin(row) } : {}),
      page: args.page,
      withTotal: options.withTotal,
    };
  };
  const list = <T>(
    ctx: ServiceContext,
    args: Args,
    spec: ReadSpec,
    options: Options,
  ): Promise<ListResult<T>> => readList<T>(ctx, definition.entity, { ...queryOf(ctx, args, options), spec });
  return Object.assign(list, {
    entity: definition.entity,
    json: (ctx: ServiceContext, args: Args, shape: RowShape, options: Options): Promise<ListResult<string>> =>
      readListJson(ctx, definition.entity, { ...queryOf(ctx, args, options), shape }),
    /** Every row the filter finds, a batch at a time (eachBatch): for exports. */
    each: <T>(
      ctx: ServiceContext,
      args: Omit<Args, 'page'>,
      spec: ReadSpec,
      extra: X,
      onBatch: (nodes: T[]) => Promise<void> | void,
      batchSize?: number,
    ): Promise<void> => {
      const { where, orderBy, orderJoin } = queryOf(
        ctx,
        { ...args, page: {} },
        { withTotal: false, ...extra },
      );
      return eachBatch<T>(
        ctx,
        definition.entity,
        { where, orderBy, ...(orderJoin ? { orderJoin } : {}), spec },
        onBatch,
        batchSize,
      );
    },
    /** The statement `json` sends, for reading its plan. */
    statement: (ctx: ServiceContext, args: Args, shape: RowShape, options: Options): SQL =>
      pageJsonStatement(ctx, definition.entity, { ...queryOf(ctx, args, options), shape }),
  });
}
