import { type SQL, sql } from 'drizzle-orm';
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
import type { EntityName } from './registry-types.js';

export interface ListArgs<F, O extends string> {
  filter?: F | null;
  orderBy?: { field: O; direction?: SortDirection | null } | null;
  page: Page;
}

/**
 * A list query of one entity: its filter turned into conditions over `r0`, the fields it may be sorted by, and
 * the default order. Every list shares paging, scope and the one-statement read; `json` reads the same page
 * as the JSON text of a row shape (readListJson).
 */
export function defineList<F, O extends Record<string, readonly string[]>, X = object>(definition: {
  entity: EntityName;
  orderFields: O;
  /** A to-one join an order field's columns read from (its alias not `r0`). */
  orderJoins?: Partial<Record<keyof O & string, string>>;
  defaultOrder: keyof O & string;
  defaultDirection?: SortDirection;
  where: (filter: F, ctx: ServiceContext, extra: X) => (SQL | null | undefined)[];
}) {
  type Args = ListArgs<F, keyof O & string>;
  type Options = { withTotal: boolean } & X;
  const queryOf = (ctx: ServiceContext, args: Args, options: Options): ListQuery => {
    const field = args.orderBy?.field ?? definition.defaultOrder;
    const orderJoin = definition.orderJoins?.[field];
    return {
      where: compact(definition.where(args.filter ?? ({} as F), ctx, options)),
      orderBy: orderBy(
        definition.orderFields,
        field,
        args.orderBy?.direction ?? definition.defaultDirection,
        definition.defaultOrder,
      ),
      ...(orderJoin ? { orderJoin: sql.raw(orderJoin) } : {}),
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
