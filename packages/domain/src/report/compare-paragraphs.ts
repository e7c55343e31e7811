import { defineEnum, type EnumValue } from '../enums/define-enum.js';
import type { ReportParagraph, ReportParagraphKind } from './report-draft.js';

export const ParagraphChange = defineEnum({
  ADDED: { zh: '新增', en: 'Added' },
  REMOVED: { zh: '删除', en: 'Removed' },
  CHANGED: { zh: '修改', en: 'Changed' },
  UNCHANGED: { zh: '未变', en: 'Unchanged' },
});
export type ParagraphChange = EnumValue<typeof ParagraphChange>;

export interface ParagraphDiff {
  key: string;
  kind: ReportParagraphKind;
  change: ParagraphChange;
  /** The text in the older version; null when the paragraph was added. */
  before: string | null;
  /** The text in the newer version; null when the paragraph was removed. */
  after: string | null;
}

/**
 * Two versions of a draft compared paragraph by paragraph (by key): the newer one's order, with each removed
 * paragraph placed after the paragraph that preceded it in the older one.
 */
export function compareParagraphs(
  older: readonly ReportParagraph[],
  newer: readonly ReportParagraph[],
): ParagraphDiff[] {
  const before = new Map(older.map((p) => [p.key, p]));
  const after = new Set(newer.map((p) => p.key));
  const removedAfter = new Map<string | null, ReportParagraph[]>();
  let previous: string | null = null;
  for (const p of older) {
    if (!after.has(p.key)) {
      const list = removedAfter.get(previous) ?? [];
      list.push(p);
      removedAfter.set(previous, list);
    } else previous = p.key;
  }
  const removed = (key: string | null): ParagraphDiff[] =>
    (removedAfter.get(key) ?? []).map((p) => ({
      key: p.key,
      kind: p.kind,
      change: 'REMOVED',
      before: p.text,
      after: null,
    }));
  const result: ParagraphDiff[] = removed(null);
  for (const p of newer) {
    const old = before.get(p.key);
    result.push({
      key: p.key,
      kind: p.kind,
      change: old == null ? 'ADDED' : old.text === p.text ? 'UNCHANGED' : 'CHANGED',
      before: old?.text ?? null,
      after: p.text,
    });
    result.push(...removed(p.key));
  }
  return result;
}
