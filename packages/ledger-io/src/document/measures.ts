import { chineseNumeral } from './numerals.js';
import type { DraftTask } from './types.js';

/** A response split at its enumeration: what comes before 一是, and one task per measure. */
export interface SplitResponse {
  preamble: string;
  /** Empty when the response is not enumerated. */
  tasks: DraftTask[];
}

const SENTENCE_END = new Set([...'。;；:：!！?？\n']);
// A 一 that ends a word (统一是, 唯一是, 之一是, 十一是 …) does not start an enumeration.
const ENDS_A_WORD_WITH_ONE = new Set([...'十统唯之第同万逐单划专合归其']);

/**
 * Splits a response at 一是, 二是 … 十一是 …: each ordinal is looked for after the previous one, in sequence,
 * at a sentence boundary. Only 一是 may also follow a clause directly (…问题一是, …转化运用一是), and then only
 * when 二是 follows it at a sentence boundary.
 */
export function splitMeasures(response: string): SplitResponse {
  const first = findFirstOrdinal(response);
  if (first < 0) return { preamble: response.trim(), tasks: [] };
  const starts: { ordinal: string; at: number }[] = [{ ordinal: `${chineseNumeral(1)}是`, at: first }];
  for (let n = 2; n <= 99; n++) {
    const ordinal = `${chineseNumeral(n)}是`;
    const previous = starts[starts.length - 1]!;
    const at = findAtSentenceStart(response, ordinal, previous.at + previous.ordinal.length);
    if (at < 0) break;
    starts.push({ ordinal, at });
  }
  const tasks = starts.map(({ ordinal, at }, i) => {
    const end = starts[i + 1]?.at ?? response.length;
    return { ordinal, measure: response.slice(at + ordinal.length, end).trim() };
  });
  return { preamble: response.slice(0, first).trim(), tasks };
}

function findFirstOrdinal(text: string): number {
  for (let at = text.indexOf('一是'); at >= 0; at = text.indexOf('一是', at + 1)) {
    if (startsSentence(text, at)) return at;
    const before = text[at - 1] ?? '';
    if (!ENDS_A_WORD_WITH_ONE.has(before) && findAtSentenceStart(text, '二是', at + 2) >= 0) return at;
  }
  return -1;
}

function findAtSentenceStart(text: string, ordinal: string, from: number): number {
  for (let at = text.indexOf(ordinal, from); at >= 0; at = text.indexOf(ordinal, at + 1)) {
    if (startsSentence(text, at)) return at;
  }
  return -1;
}

function startsSentence(text: string, at: number): boolean {
  return at === 0 || SENTENCE_END.has(text[at - 1] ?? '');
}
