import {
  type ClueCaseRow,
  clueCaseEvents,
  clueCaseOwners,
  clueCases,
  type Executor,
  users,
} from '@rectify/db';
import {
  type Actor,
  type ClueEvent,
  type ClueHistoryAction,
  ClueStatus,
  type IsoDate,
  type Label,
  type Permission,
  transitionClue,
} from '@rectify/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { invalidTransition, notFound, ServiceError } from '../kernel/errors.js';
import { defineUseCase, type TxContext, type UseCase } from '../kernel/use-case.js';
import type { Validator } from '../kernel/validate.js';
import { updateVersioned } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { auditActionOf, CLUE_FIELDS, CLUE_LABEL, CONFIDENTIAL_MARKER } from './clue-labels.js';

export type ClueCaseInsert = typeof clueCases.$inferInsert;
export type ClueCaseEventRow = typeof clueCaseEvents.$inferSelect;

/** A step of a case's history, as a use case states it; status, actor and time are filled in. */
export type HistoryEntry = Omit<
  typeof clueCaseEvents.$inferInsert,
  'id' | 'clueCaseId' | 'action' | 'actorUserId' | 'at'
> & { action: ClueHistoryAction };

/** Statuses in which a case is still being handled (shelved ones wait to be reopened). */
export const OPEN_CLUE_STATUSES = [
  'RECEIVED',
  'ROUTED',
  'IN_DISPOSAL',
  'SHELVED',
] as const satisfies readonly ClueStatus[];

export const isClueOpen = (status: ClueStatus) => (OPEN_CLUE_STATUSES as readonly string[]).includes(status);

export const NOTE_MAX = 2_000;
export const SUMMARY_MAX = 5_000;
export const IDENTITY_MAX = 200;
export const SANCTIONS_MAX = 2_000;

/**
 * A use case over clue cases. A database error's text may quote the values it was sent — a subject, an
 * informant — so none leaves the use case: it is replaced by one that names only the SQLSTATE.
 */
export function defineClueUseCase<I, O>(
  permission: Permission,
  run: (ctx: TxContext, input: I) => Promise<O>,
): UseCase<I, O> {
  return defineUseCase(permission, async (ctx, input: I) => {
    try {
      return await run(ctx, input);
    } catch (error) {
      throw confidentialError(error);
    }
  });
}

function confidentialError(error: unknown): unknown {
  if (error instanceof ServiceError) return error;
  const code = sqlState(error);
  if (code === '23505') {
    // A unique index caught two requests at once (a serial, a pending disclosure request): retry.
    return new ServiceError('CONFLICT', messages.clues.clueCaseChangedSomeoneElse({ entity: CLUE_LABEL }));
  }
  return new Error(`clue case write failed${code ? ` (SQLSTATE ${code})` : ''}`);
}

function sqlState(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e != null && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** The case as the audit log keeps it: the identity fields replaced by a marker, for every reader. */
export function clueSnapshot<T extends Pick<ClueCaseRow, 'subject' | 'informant'>>(row: T) {
  return {
    ...row,
    subject: CONFIDENTIAL_MARKER,
    informant: row.informant == null ? null : CONFIDENTIAL_MARKER,
  };
}

export async function loadClueCase(tx: Executor, id: number, field = 'id'): Promise<ClueCaseRow> {
  const [row] = await tx.select().from(clueCases).where(eq(clueCases.id, id));
  if (!row) throw notFound(CLUE_LABEL, id, field);
  return row;
}

export async function serialOf(tx: Executor, id: number): Promise<string> {
  const [row] = await tx.select({ serial: clueCases.serial }).from(clueCases).where(eq(clueCases.id, id));
  return row?.serial ?? String(id);
}

/** Passes the events through the clue lifecycle one after the other; the first refused move refuses all. */
export function planStatus(from: ClueStatus, events: readonly ClueEvent[]): ClueStatus {
  let status = from;
  for (const event of events) {
    const move = transitionClue(status, event);
    if (!move.ok) throw invalidTransition(move.reason);
    status = move.to;
  }
  return status;
}

/** A duplicate is disposed with its first intake: it takes no disposal step of its own until unlinked. */
export async function refuseIfDuplicate(tx: Executor, row: ClueCaseRow): Promise<void> {
  if (row.duplicateOfId == null) return;
  const first = await serialOf(tx, row.duplicateOfId);
  throw invalidTransition(messages.clues.caseLinkedDuplicateDisposedUndo({ first }), 'id');
}

/** Concluded and filed cases are closed: nothing about their handling changes any more. */
export function refuseIfClosed(row: ClueCaseRow, what: Label): void {
  if (isClueOpen(row.status)) return;
  const status = ClueStatus.labels[row.status];
  throw invalidTransition(messages.clues.caseCanNoLonger({ status, what }));
}

export async function ownersOf(tx: Executor, clueCaseId: number): Promise<number[]> {
  const rows = await tx
    .select({ userId: clueCaseOwners.userId })
    .from(clueCaseOwners)
    .where(eq(clueCaseOwners.clueCaseId, clueCaseId))
    .orderBy(clueCaseOwners.userId);
  return rows.map((r) => r.userId);
}

export const ownsCase = (actor: Actor, owners: readonly number[]) =>
  actor.userId != null && owners.includes(actor.userId);

/** Owners and grantees must be active DISCIPLINE accounts: one error per id that is not. */
export async function checkDisciplineUsers(
  tx: Executor,
  v: Validator,
  field: string,
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.role, 'DISCIPLINE'), eq(users.active, true)));
  const known = new Set(found.map((row) => row.id));
  for (const id of ids) {
    if (known.has(id)) continue;
    v.add(field, 'NOT_DISCIPLINE_USER', messages.clues.userNotActiveDisciplineInspection({ id }));
  }
}

/** A deadline is a date on or after the day the case was received. */
export function checkDeadline(
  v: Validator,
  deadline: IsoDate | null | undefined,
  receivedDate: IsoDate,
  field = 'deadline',
): void {
  v.isoDate(field, CLUE_FIELDS.deadline, deadline);
  if (deadline != null && deadline < receivedDate) {
    v.add(
      field,
      'BEFORE_RECEIVED',
      messages.clues.deadlineCannotBeforeReceivedDate({
        deadlineField: CLUE_FIELDS.deadline,
        receivedDate,
      }),
    );
  }
}

/** The day a case was received: required, a date, and not after today. */
export function checkReceivedDate(
  v: Validator,
  receivedDate: string | null | undefined,
  today: IsoDate,
): void {
  v.required('receivedDate', CLUE_FIELDS.receivedDate, receivedDate);
  v.isoDate('receivedDate', CLUE_FIELDS.receivedDate, receivedDate || null);
  v.check(
    !receivedDate || receivedDate <= today,
    'receivedDate',
    'IN_FUTURE',
    messages.clues.receivedDateCannotAfterToday({ receivedDateField: CLUE_FIELDS.receivedDate, today }),
  );
}

export const trimmedOrNull = (value: string | null | undefined) => value?.trim() || null;

export async function recordHistory(
  ctx: TxContext,
  clueCaseId: number,
  entry: HistoryEntry,
): Promise<ClueCaseEventRow> {
  const [row] = await ctx.tx
    .insert(clueCaseEvents)
    .values({ ...entry, clueCaseId, actorUserId: ctx.actor.userId, at: ctx.now() })
    .returning();
  return row!;
}

/**
 * One optimistic write of a case (`where id = ? and version = ?`), its history entries and its audit event,
 * in the use case's transaction. History entries without a status move are recorded at the case's status.
 */
export async function writeClueCase(
  ctx: TxContext,
  before: ClueCaseRow,
  version: number,
  changes: Partial<ClueCaseInsert>,
  history: readonly HistoryEntry[],
): Promise<ClueCaseRow> {
  const { tx } = ctx;
  const after = await updateVersioned(tx, clueCases, { id: before.id, version: version }, CLUE_LABEL, {
    ...changes,
    updatedAt: ctx.now(),
  });
  for (const entry of history) {
    await recordHistory(ctx, before.id, {
      fromStatus: before.status,
      toStatus: after.status,
      ...entry,
    });
  }
  await recordAudit(tx, ctx.actor, {
    action: auditActionOf(history.at(-1)?.action ?? 'UPDATE'),
    entity: 'clueCase',
    entityId: before.id,
    before: clueSnapshot(before),
    after: clueSnapshot(after),
  });
  return after;
}
