import type { IssueKind } from '@rectify/domain';
import { issues } from '@rectify/db';
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
  CODE: [issues.inspectionId, issues.sortKey],
  TITLE: [issues.title],
  UPDATED_AT: [issues.updatedAt],
} as const;

export const listIssues = defineList({
  entity: 'Issue',
  table: issues,
  orderFields: ISSUE_ORDER_FIELDS,
  defaultOrder: 'CODE',
  where: (f: IssueFilter, i) => [
    inFilter(i.id, f.ids),
    eqFilter(i.inspectionId, f.inspectionId),
    eqFilter(i.parentId, f.parentId),
    f.rootsOnly ? sql`${i.parentId} is null` : null,
    inFilter(i.kind, f.kind),
    eqFilter(i.leadUnitId, f.leadUnitId),
    eqFilter(i.leadLeaderId, f.leadLeaderId),
    searchFilter([i.title, i.code, i.responseText], f.search),
  ],
});
