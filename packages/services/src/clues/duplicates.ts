import { type Executor, queryRows } from '@rectify/db';
import { type SQL, sql } from 'drizzle-orm';

// Duplicate intake (多头受理、重复交办): the same clue reaching the office twice — from two sources, or
// transferred twice. "The same clue" is the same subject and the same matter:
//   - the subject is the same after normalising (NFKC, lower case, spaces and punctuation removed), compared
//     in SQL on both sides, so the confidential value never leaves the database for the comparison;
//   - the matter is similar: the normalised summaries are equal, one contains the other, or their character
//     bigrams overlap by a Dice coefficient of at least SIMILAR_MATTER (after dropping boilerplate words).
// The new case is linked to the first intake (the earliest received; a duplicate's own first intake when the
// match is itself a duplicate) and the operator confirms or undoes the link.

export const SIMILAR_MATTER = 0.6;

const PUNCTUATION = '[[:space:][:punct:]，。、；：？！“”‘’《》【】（）·—…]+';

/** The normalised form of a subject, as SQL. */
const normalisedSql = (value: SQL) =>
  sql`regexp_replace(lower(normalize(${value}, NFKC)), ${PUNCTUATION}, '', 'g')`;

/** Words that open most summaries and say nothing about the matter. */
const BOILERPLATE = /反映|举报|检举|控告|来信|来电|信访|问题|线索|有关|其|该|涉嫌|情况/g;

export function normaliseMatter(text: string): string {
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
}

/**
 * The first intake of the same clue, or null. `excludeId` leaves a case itself out (when it is re-checked).
 * Only the subject's comparison involves the confidential value, and it happens in SQL.
 */
export async function findFirstIntake(
  tx: Executor,
  clue: { subject: string; summary: string },
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
  if (match.duplicateOfId == null) return { id: match.id, serial: match.serial };
  const first = candidates.find((c) => c.id === match.duplicateOfId);
  if (first) return { id: first.id, serial: first.serial };
  const [row] = await queryRows<FirstIntake>(
    tx,
    sql`select id, serial from clue_cases where id = ${match.duplicateOfId}`,
  );
  return row ?? null;
}
