import { defineEnum, type EnumValue, type Label, type Locale } from '@rectify/domain';

/** What an inbox item is about. */
export const NotificationKind = defineEnum({
  DEADLINE_NEAR: { zh: '临近完成时限', en: 'Deadline near' },
  OVERDUE: { zh: '已逾期', en: 'Overdue' },
  REVIEW_REQUESTED: { zh: '待您审核', en: 'Review requested' },
  DECISION_MADE: { zh: '审核结果', en: 'Decision made' },
  SUPERVISION_FINDING: { zh: '督查意见', en: 'Supervision finding' },
});
export type NotificationKind = EnumValue<typeof NotificationKind>;

/** The records an inbox item may point at (its `entity`), each with the id in `entityId`. */
export type NotificationEntity = 'task' | 'closureRequest' | 'extensionRequest' | 'finding' | 'clueCase';

/**
 * A notification's message is kept in both languages (JSON of a Label in the `message` column), so that each
 * reader gets it in theirs. Text that is not such JSON is shown as it is.
 */
export const encodeMessage = (label: Label): string => JSON.stringify({ zh: label.zh, en: label.en });

export function messageIn(stored: string, locale: Locale): string {
  try {
    const label = JSON.parse(stored) as Partial<Label> | null;
    const text = label?.[locale] ?? label?.zh;
    return typeof text === 'string' ? text : stored;
  } catch {
    return stored;
  }
}
