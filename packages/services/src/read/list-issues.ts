import type { IssueKind } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../kernel/context.js';
import { compact, eqFilter, inFilter, orderBy, searchFilter, type SortDirection } from './filters.js';
import { type ListResult, type Page, readList } from './read-model.js';
import type { ReadSpec } from './read-spec.js';

export interface IssueFilter {
  ids?: number[] | null;
  inspectionId?: number | null;
  /** Children of this issue; with `rootsOnly`, the areas. */
  parentId?: number | null;
  rootsOnly?: boolean | null;
  kind?: IssueKind[] | null;
  leadUnitId?: number | null;
  leadLeaderId?: number | null;
  search?: string | null;
}

export const ISSUE_ORDER_FIELDS = {
  CODE: 'r0.inspection_id, r0.sort_key',
  TITLE: 'r0.title',
  UPDATED_AT: 'r0.updated_at',
} as const;
export type IssueOrderField = keyof typeof ISSUE_ORDER_FIELDS;

export interface IssueListArgs {
  filter?: IssueFilter | null;
  orderBy?: { field: IssueOrderField; direction?: SortDirection | null } | null;
  page: Page;
}

export function listIssues<T>(
  ctx: ServiceContext,
  args: IssueListArgs,
  spec: ReadSpec,
  options: { withTotal: boolean },
): Promise<ListResult<T>> {
  const f = args.filter ?? {};
  const where = compact([
    inFilter('id', f.ids),
    eqFilter('inspection_id', f.inspectionId),
    eqFilter('parent_id', f.parentId),
    f.rootsOnly ? sql`r0.parent_id is null` : null,
    inFilter('kind', f.kind),
    eqFilter('lead_unit_id', f.leadUnitId),
    eqFilter('lead_leader_id', f.leadLeaderId),
    searchFilter(['title', 'code', 'response_text'], f.search),
  ]);
  return readList<T>(ctx, 'Issue', {
    where,
    orderBy: orderBy(ISSUE_ORDER_FIELDS, args.orderBy?.field, args.orderBy?.direction, 'CODE'),
    page: args.page,
    spec,
    withTotal: options.withTotal,
  });
}
