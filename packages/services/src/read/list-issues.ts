import type { IssueKind } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { defineList } from './define-list.js';
import { eqFilter, inFilter, searchFilter } from './filters.js';

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
  CODE: ['r0.inspection_id', 'r0.sort_key'],
  TITLE: ['r0.title'],
  UPDATED_AT: ['r0.updated_at'],
} as const;

export const listIssues = defineList({
  entity: 'Issue',
  orderFields: ISSUE_ORDER_FIELDS,
  defaultOrder: 'CODE',
  where: (f: IssueFilter) => [
    inFilter('id', f.ids),
    eqFilter('inspection_id', f.inspectionId),
    eqFilter('parent_id', f.parentId),
    f.rootsOnly ? sql`r0.parent_id is null` : null,
    inFilter('kind', f.kind),
    eqFilter('lead_unit_id', f.leadUnitId),
    eqFilter('lead_leader_id', f.leadLeaderId),
    searchFilter(['title', 'code', 'response_text'], f.search),
  ],
});
