import type {
  ClueDisclosureStatus,
  ClueKind,
  ClueSource,
  ClueStatus,
  WarningLevel,
  WarningSettings,
} from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { defineList, type ListArgs } from '../read/define-list.js';
import { col, eqFilter, inFilter, rangeFilter, searchFilter } from '../read/filters.js';
import type { ListResult, Page } from '../read/read-model.js';
import type { ReadSpec } from '../read/read-spec.js';
import { readWithIdentity } from './clue-read.js';
import { clueWarningSql, runsAgainstDeadlineSql } from './clue-warning.js';

export interface ClueCaseFilter {
  ids?: number[] | null;
  inspectionId?: number | null;
  source?: ClueSource[] | null;
  kind?: ClueKind[] | null;
  status?: ClueStatus[] | null;
  routedToUnitId?: number | null;
  owningLeaderId?: number | null;
  escalated?: boolean | null;
  /** Linked as a duplicate of a first intake (true), or not (false). */
  duplicate?: boolean | null;
  /** Cases the reader owns (true), or does not (false). */
  ownedByMe?: boolean | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  deadlineFrom?: string | null;
  deadlineTo?: string | null;
  overdue?: boolean | null;
  warning?: WarningLevel[] | null;
  /** In the serial and the summary — never in the identity fields. */
  search?: string | null;
}

export const CLUE_CASE_ORDER_FIELDS = {
  SERIAL: ['r0.serial'],
  RECEIVED_DATE: ['r0.received_date'],
  DEADLINE: ['r0.deadline'],
  STATUS: ['r0.status'],
  UPDATED_AT: ['r0.updated_at'],
} as const;
type ClueCaseOrderField = keyof typeof CLUE_CASE_ORDER_FIELDS;
export type ClueCaseListArgs = ListArgs<ClueCaseFilter, ClueCaseOrderField>;

interface ClueListOptions {
  withTotal: boolean;
  warnings: WarningSettings;
}

const ownedSql = (ctx: ServiceContext) =>
  sql`exists (select 1 from clue_case_owners fo where fo.clue_case_id = r0.id and fo.user_id = ${ctx.actor.userId ?? -1})`;

const clueCaseList = defineList({
  entity: 'ClueCase',
  orderFields: CLUE_CASE_ORDER_FIELDS,
  defaultOrder: 'SERIAL',
  where: (f: ClueCaseFilter, ctx, { warnings }: { warnings: WarningSettings }) => {
    const today = todayOf(ctx);
    const overdue = sql`(${runsAgainstDeadlineSql()} and ${col('deadline')} < ${today})`;
    return [
      inFilter('id', f.ids),
      eqFilter('inspection_id', f.inspectionId),
      inFilter('source', f.source),
      inFilter('kind', f.kind),
      inFilter('status', f.status),
      eqFilter('routed_to_unit_id', f.routedToUnitId),
      eqFilter('owning_leader_id', f.owningLeaderId),
      eqFilter('escalated', f.escalated),
      f.duplicate == null
        ? null
        : f.duplicate
          ? sql`r0.duplicate_of_id is not null`
          : sql`r0.duplicate_of_id is null`,
      f.ownedByMe == null ? null : f.ownedByMe ? ownedSql(ctx) : sql`not ${ownedSql(ctx)}`,
      ...rangeFilter('received_date', f.receivedFrom, f.receivedTo),
      ...rangeFilter('deadline', f.deadlineFrom, f.deadlineTo),
      f.overdue == null ? null : f.overdue ? overdue : sql`not ${overdue}`,
      f.warning == null ? null : clueWarningSql(f.warning, today, warnings.yellowDays),
      searchFilter(['serial', 'summary'], f.search),
    ];
  },
});

/** Clue cases (DISCIPLINE only), filtered, sorted and paged; identity only for the reader's own cases. */
export async function listClueCases<T>(
  ctx: ServiceContext,
  args: ClueCaseListArgs,
  spec: ReadSpec,
  options: ClueListOptions,
): Promise<ListResult<T>> {
  let totalCount: number | null = null;
  const nodes = await readWithIdentity(ctx, 'ClueCase', spec, async (s) => {
    const page = await clueCaseList<T>(ctx, args, s, options);
    totalCount = page.totalCount;
    return page.nodes;
  });
  return { nodes, totalCount };
}

export interface ClueReminderArgs {
  /** Deadlines up to this many days ahead, and every one passed; the office's yellow lead time by default. */
  withinDays?: number | null;
  page: Page;
}

const clueReminderList = defineList({
  entity: 'ClueCase',
  orderFields: { DEADLINE: ['r0.deadline'] },
  defaultOrder: 'DEADLINE',
  where: (f: { withinDays: number }, ctx) => [
    runsAgainstDeadlineSql(),
    sql`${col('deadline')} <= (${todayOf(ctx)}::date + ${f.withinDays}::int)`,
  ],
});

/**
 * 到期提醒: the open cases (not duplicates) whose deadline is near or passed, soonest first — what the
 * reminders of the inbox are made of.
 */
export async function listClueReminders<T>(
  ctx: ServiceContext,
  args: ClueReminderArgs,
  spec: ReadSpec,
  options: ClueListOptions,
): Promise<ListResult<T>> {
  const withinDays = Math.max(0, Math.min(args.withinDays ?? options.warnings.yellowDays, 3_650));
  let totalCount: number | null = null;
  const nodes = await readWithIdentity(ctx, 'ClueCase', spec, async (s) => {
    const page = await clueReminderList<T>(ctx, { filter: { withinDays }, page: args.page }, s, options);
    totalCount = page.totalCount;
    return page.nodes;
  });
  return { nodes, totalCount };
}

export interface ClueDisclosureRequestFilter {
  clueCaseId?: number | null;
  status?: ClueDisclosureStatus[] | null;
  /** Pending requests the reader may decide: on cases they own, asked by someone else, for someone else. */
  awaitingMyDecision?: boolean | null;
  /** Requests the reader made. */
  requestedByMe?: boolean | null;
}

export const CLUE_DISCLOSURE_ORDER_FIELDS = { CREATED_AT: ['r0.created_at'], ID: ['r0.id'] } as const;

const disclosureList = defineList({
  entity: 'ClueDisclosureRequest',
  orderFields: CLUE_DISCLOSURE_ORDER_FIELDS,
  defaultOrder: 'CREATED_AT',
  defaultDirection: 'DESC',
  where: (f: ClueDisclosureRequestFilter, ctx) => {
    const me = ctx.actor.userId ?? -1;
    return [
      eqFilter('clue_case_id', f.clueCaseId),
      inFilter('status', f.status),
      f.awaitingMyDecision
        ? sql`(r0.status = 'PENDING_APPROVAL' and r0.requested_by_id is distinct from ${me}
          and r0.grantee_user_id <> ${me} and exists (select 1 from clue_case_owners fo
          where fo.clue_case_id = r0.clue_case_id and fo.user_id = ${me}))`
        : null,
      f.requestedByMe ? sql`r0.requested_by_id = ${me}` : null,
    ];
  },
});

export async function listClueDisclosureRequests<T>(
  ctx: ServiceContext,
  args: ListArgs<ClueDisclosureRequestFilter, keyof typeof CLUE_DISCLOSURE_ORDER_FIELDS>,
  spec: ReadSpec,
  options: { withTotal: boolean },
): Promise<ListResult<T>> {
  let totalCount: number | null = null;
  const nodes = await readWithIdentity(ctx, 'ClueDisclosureRequest', spec, async (s) => {
    const page = await disclosureList<T>(ctx, args, s, options);
    totalCount = page.totalCount;
    return page.nodes;
  });
  return { nodes, totalCount };
}
