import type { SQL } from 'drizzle-orm';
import type { ServiceContext } from '../kernel/context.js';
import type { EntityName } from './entities.js';
import { compact, orderBy, type SortDirection } from './filters.js';
import { type ListResult, type Page, readList } from './read-model.js';
import type { ReadSpec } from './read-spec.js';

export interface ListArgs<F, O extends string> {
  filter?: F | null;
  orderBy?: { field: O; direction?: SortDirection | null } | null;
  page: Page;
}

/**
 * A list query of one entity: its filter turned into conditions over `r0`, the fields it may be sorted by, and
 * the default order. Every list shares paging, scope and the one-statement read.
 */
export function defineList<F, O extends Record<string, string>, X = object>(definition: {
  entity: EntityName;
  orderFields: O;
  defaultOrder: keyof O & string;
  defaultDirection?: SortDirection;
  where: (filter: F, ctx: ServiceContext, extra: X) => (SQL | null | undefined)[];
}) {
  return <T>(
    ctx: ServiceContext,
    args: ListArgs<F, keyof O & string>,
    spec: ReadSpec,
    options: { withTotal: boolean } & X,
  ): Promise<ListResult<T>> =>
    readList<T>(ctx, definition.entity, {
      where: compact(definition.where(args.filter ?? ({} as F), ctx, options)),
      orderBy: orderBy(
        definition.orderFields,
        args.orderBy?.field,
        args.orderBy?.direction ?? definition.defaultDirection,
        definition.defaultOrder,
      ),
      page: args.page,
      spec,
      withTotal: options.withTotal,
    });
}
