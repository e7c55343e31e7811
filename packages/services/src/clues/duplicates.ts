import { clueCaseOwners, type Executor, queryRows } from '@rectify/db';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { TxContext } from '../kernel/use-case.js';
import { messages } from '../messages/index.js';
import { notify } from '../notifications/notify.js';

// Duplicate intake (多头受理、重复交办): the same clue reaching the office twice — from two sources, or
// transferred twice. "The same clue" is the same subject and the same matter:
//   - the subject is the same after normalising (NFKC, lower case, spaces and punctuation removed), compared
//     in SQL on both sides, so the confidential value never leaves the database for the comparison;
//   - the matter is similar: the normalised summaries are equal, one contains the other, or their character
//     bigrams overlap by a Dice coefficient of at least SIMILAR_MATTER (after dropping boilerplate words).
// The new case is linked to the first intake (the earliest received; a duplicate's own first intake when the
// match is itself a duplicate) and the operator confirms or undoes the link.
// A match says "this subject is that case's subject", so it is shown only to whoever already reads that
// subject: the link is made when the operator owns the first intake. Otherwise the operator learns nothing
// (the case is taken in as a new clue, exactly as when nothing matched) and the first intake's owners are asked
// to review the possible duplicate, which they may link. A guessed subject thus probes nothing.

const SIMILAR_MATTER = 0.6;

const PUNCTUATION = '[[:space:][:punct:]，。、；：？！“”‘’《》【】（）·—…]+';

/** The normalised form of a subject, as SQL. */
const normalisedSql = (value: SQL) =>
  sql`regexp_replace(lower(normalize(${value}, NFKC)), ${PUNCTUATION}, '', 'g')`;

/** Words that open most summaries and say nothing about the matter. */
const BOILERPLATE = /反映|举报|检举|控告|来信|来电|信访|问题|线索|有关|其|该|涉嫌|情况/g;

function normaliseMatter(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(BOILERPLATE, '');
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of the character bigrams of two normalised texts, 0–1. */
export function matterSimilarity(a: string, b: string): number {
  const x = bigrams(normaliseMatter(a));
  const y = bigrams(normaliseMatter(b));
  const size = (m: Map<string, number>) => [...m.values()].reduce((n, c) => n + c, 0);
  const total = size(x) + size(y);
  if (total === 0) return 0;
  let shared = 0;
  for (const [gram, count] of x) shared += Math.min(count, y.get(gram) ?? 0);
  return (2 * shared) / total;
}

export function sameMatter(a: string, b: string): boolean {
  const x = normaliseMatter(a);
  const y = normaliseMatter(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x === y) return true;
  if ([...x].length >= 4 && [...y].length >= 4 && (x.includes(y) || y.includes(x))) return true;
  return matterSimilarity(a, b) >= SIMILAR_MATTER;
}

export interface FirstIntake {
  id: number;
  serial: string;
  /** Whether the operator taking the new intake owns it (and so already reads its subject). */
  ownedByActor: boolean;
}

/**
 * The first intake of the same clue, or null. `excludeId` leaves a case itself out (when it is re-checked).
 * Only the subject's comparison involves the confidential value, and it happens in SQL.
 */
export async function findFirstIntake(
  tx: Executor,
  clue: { subject: string; summary: string },
  actorUserId: number | null,
  excludeId: number | null = null,
): Promise<FirstIntake | null> {
  const candidates = await queryRows<{
    id: number;
    serial: string;
    summary: string;
    duplicateOfId: number | null;
  }>(
    tx,
    sql`select id, serial, summary, duplicate_of_id as "duplicateOfId" from clue_cases
      where ${normalisedSql(sql`subject`)} = ${normalisedSql(sql`${clue.subject}`)}
      ${excludeId == null ? sql`` : sql`and id <> ${excludeId}`}
      order by received_date, id`,
  );
  const match = candidates.find((c) => sameMatter(clue.summary, c.summary));
  if (!match) return null;
  const firstId = match.duplicateOfId ?? match.id;
  const [first] = await queryRows<FirstIntake>(
    tx,
    sql`select id, serial, exists (select 1 from clue_case_owners o
        where o.clue_case_id = c.id and o.user_id = ${actorUserId ?? -1}) as "ownedByActor"
      from clue_cases c where id = ${firstId}`,
  );
  return first ?? null;
}

/**
 * Tells the owners of a first intake that a case another operator took in may be the same clue, so that they
 * (who already read that subject) decide whether to link it. The operator is not told.
 */
export async function askOwnersToReview(
  ctx: TxContext,
  clue: { id: number; serial: string },
  first: FirstIntake,
): Promise<void> {
  const owners = await ctx.tx
    .select({ userId: clueCaseOwners.userId })
    .from(clueCaseOwners)
    .where(eq(clueCaseOwners.clueCaseId, first.id));
  await notify(ctx.tx, ctx.actor, ctx.now(), owners, {
    kind: 'REVIEW_REQUESTED',
    entity: 'clueCase',
    entityId: clue.id,
    message: messages.clues.justTakenMaySameClue({ serial: clue.serial, firstSerial: first.serial }),
  });
}
