import type {
  ClueDisclosureStatus,
  ClueKind,
  ClueSource,
  ClueStatus,
  WarningLevel,
  WarningSettings,
} from '@rectify/domain';
import { clueCaseOwners, clueCases, clueDisclosureRequests } from '@rectify/db';
import { type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type ServiceContext, todayOf } from '../kernel/context.js';
import { defineList, type ListArgs } from '../read/define-list.js';
import { eqFilter, inFilter, rangeFilter, searchFilter } from '../read/filters.js';
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
  SERIAL: [clueCases.serial],
  RECEIVED_DATE: [clueCases.receivedDate],
  DEADLINE: [clueCases.deadline],
  STATUS: [clueCases.status],
  UPDATED_AT: [clueCases.updatedAt],
} as const;
type ClueCaseOrderField = keyof typeof CLUE_CASE_ORDER_FIELDS;
export type ClueCaseListArgs = ListArgs<ClueCaseFilter, ClueCaseOrderField>;

interface ClueListOptions {
  withTotal: boolean;
  warnings: WarningSettings;
}

const fo = alias(clueCaseOwners, 'fo');

/** The reader owns the case (`caseId`, a case's id or a request's case). */
const ownedSql = (ctx: ServiceContext, caseId: SQLWrapper) =>
  sql`exists (select 1 from ${clueCaseOwners} ${fo} where ${fo.clueCaseId} = ${caseId} and ${fo.userId} = ${ctx.actor.userId ?? -1})`;

const clueCaseList = defineList({
  entity: 'ClueCase',
  table: clueCases,
  orderFields: CLUE_CASE_ORDER_FIELDS,
  defaultOrder: 'SERIAL',
  where: (f: ClueCaseFilter, c, ctx, { warnings }: { warnings: WarningSettings }) => {
    const today = todayOf(ctx);
    const overdue = sql`(${runsAgainstDeadlineSql(c)} and ${c.deadline} < ${today})`;
    return [
      inFilter(c.id, f.ids),
      eqFilter(c.inspectionId, f.inspectionId),
      inFilter(c.source, f.source),
      inFilter(c.kind, f.kind),
      inFilter(c.status, f.status),
      eqFilter(c.routedToUnitId, f.routedToUnitId),
      eqFilter(c.owningLeaderId, f.owningLeaderId),
      eqFilter(c.escalated, f.escalated),
      f.duplicate == null
        ? null
        : f.duplicate
          ? sql`${c.duplicateOfId} is not null`
          : sql`${c.duplicateOfId} is null`,
      f.ownedByMe == null ? null : f.ownedByMe ? ownedSql(ctx, c.id) : sql`not ${ownedSql(ctx, c.id)}`,
      ...rangeFilter(c.receivedDate, f.receivedFrom, f.receivedTo),
      ...rangeFilter(c.deadline, f.deadlineFrom, f.deadlineTo),
      f.overdue == null ? null : f.overdue ? overdue : sql`not ${overdue}`,
      f.warning == null ? null : clueWarningSql(c, f.warning, today, warnings.yellowDays),
      searchFilter([c.serial, c.summary], f.search),
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
  table: clueCases,
  orderFields: { DEADLINE: [clueCases.deadline] },
  defaultOrder: 'DEADLINE',
  where: (f: { withinDays: number }, c, ctx) => [
    runsAgainstDeadlineSql(c),
    sql`${c.deadline} <= (${todayOf(ctx)}::date + ${f.withinDays}::int)`,
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

export const CLUE_DISCLOSURE_ORDER_FIELDS = {
  CREATED_AT: [clueDisclosureRequests.createdAt],
  ID: [clueDisclosureRequests.id],
} as const;

const disclosureList = defineList({
  entity: 'ClueDisclosureRequest',
  table: clueDisclosureRequests,
  orderFields: CLUE_DISCLOSURE_ORDER_FIELDS,
  defaultOrder: 'CREATED_AT',
  defaultDirection: 'DESC',
  where: (f: ClueDisclosureRequestFilter, r, ctx) => {
    const me = ctx.actor.userId ?? -1;
    return [
      eqFilter(r.clueCaseId, f.clueCaseId),
      inFilter(r.status, f.status),
      f.awaitingMyDecision
        ? sql`(${r.status} = 'PENDING_APPROVAL' and ${r.requestedById} is distinct from ${me}
          and ${r.granteeUserId} <> ${me} and ${ownedSql(ctx, r.clueCaseId)})`
        : null,
      f.requestedByMe ? sql`${r.requestedById} = ${me}` : null,
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
